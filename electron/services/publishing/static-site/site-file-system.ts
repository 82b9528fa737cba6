import { promises as fsp } from 'node:fs';
import { nodeFileSystem, type FileSystem } from '../../fs/file-system';

/**
 * The file-system calls the site folder needs: the library's seam and the link calls a generation is made
 * of (hard links for unchanged files, a symbolic link or junction for the switch). Tests pass a wrapper
 * that fails or "crashes" at a chosen call.
 */
export type SiteFileSystem = FileSystem & Pick<typeof fsp, 'link' | 'symlink' | 'readlink' | 'unlink'>;

export const nodeSiteFileSystem: SiteFileSystem = {
  ...nodeFileSystem,
  link: fsp.link,
  symlink: fsp.symlink,
  readlink: fsp.readlink,
  unlink: fsp.unlink,
};
