import path from 'node:path';
import { message } from '../../../../shared/i18n/message';
import { codeOf } from '../../fs/io-error';
import { PublishError } from '../publish-target';
import type { SiteFileSystem } from './site-file-system';

/**
 * What a file system without links answers (FAT and exFAT drives, some network shares). The folder itself
 * was writable a moment before (the generation is in it), so this is the file system, not a permission.
 */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EINVAL']);

async function makeLink(fs: SiteFileSystem, target: string, link: string, type: 'dir' | 'junction') {
  try {
    await fs.symlink(target, link, type);
  } catch (error) {
    if (NO_LINKS.has(codeOf(error))) throw new PublishError('rejected', message('publish.static.noLinks'));
    throw error;
  }
}

/**
 * Points the served name (`<folder>/site`) at a finished generation in one step.
 *
 * POSIX: a new symbolic link is made beside the old one and renamed over it. rename(2) replaces the name
 * atomically: every lookup of `site/...` resolves either the old generation or the new one, never neither
 * and never a mix within one path resolution. The link's target is relative, so the folder can be moved.
 *
 * Windows: a symbolic link needs a privilege most accounts lack, so a directory junction is used (no
 * privilege; Node makes its target absolute). A junction cannot be renamed over an existing one, so the
 * switch is two steps, remove then rename: for a few microseconds `site` is absent and a web server answers
 * 404, but a reader still never sees half a site. A crash between the two steps leaves the new junction
 * under its temporary name; the next publish finds `site` missing and serves the newest whole generation.
 */
export async function switchLink(fs: SiteFileSystem, linkPath: string, target: string, tempName: string) {
  const temp = path.join(path.dirname(linkPath), tempName);
  await fs.rm(temp, { force: true });
  if (process.platform === 'win32') {
    await makeLink(fs, path.resolve(path.dirname(linkPath), target), temp, 'junction');
    await fs.unlink(linkPath).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  } else {
    await makeLink(fs, target, temp, 'dir');
  }
  await fs.rename(temp, linkPath);
}
