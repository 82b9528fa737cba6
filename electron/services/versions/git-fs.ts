import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { nodeFileSystem } from '../fs/file-system';

/**
 * The file system isomorphic-git writes through. Git writes its objects and refs straight to their final
 * names; a process killed in the middle would leave a torn object that Git then trusts forever (it never
 * writes an object that exists). Every write here is atomic instead: a temp file renamed into place.
 *
 * Refs (and everything else) are also fsynced, so the history survives a power cut as far as its last ref.
 * Objects are not: an fsync costs ~4 ms and a commit writes half a dozen objects, and Git itself leaves
 * loose objects unsynced by default. A kill (what the crash test does) loses nothing either way.
 */
export const atomicGitFs = {
  promises: {
    readFile: fsp.readFile,
    writeFile: (file: string, data: string | Uint8Array) =>
      isObject(file) ? renameIntoPlace(file, data) : writeFileAtomic(file, data, nodeFileSystem),
    unlink: fsp.unlink,
    readdir: fsp.readdir,
    mkdir: fsp.mkdir,
    rmdir: fsp.rmdir,
    stat: fsp.stat,
    lstat: fsp.lstat,
    readlink: fsp.readlink,
    symlink: fsp.symlink,
    chmod: fsp.chmod,
  },
};

function isObject(file: string): boolean {
  return path.basename(path.dirname(path.dirname(file))) === 'objects';
}

async function renameIntoPlace(file: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fsp.writeFile(temp, data, { flag: 'wx' });
    await fsp.rename(temp, file);
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
