import { promises as fsp } from 'node:fs';
import { writeFileAtomic } from '../fs/atomic-write';
import { nodeFileSystem } from '../fs/file-system';

/**
 * The file system isomorphic-git writes through. Git writes its objects and refs straight to their final
 * names; a process killed in the middle would leave a torn object that Git then trusts forever (it never
 * writes an object that exists). Every write here is atomic instead: temp file, fsync, rename.
 */
export const atomicGitFs = {
  promises: {
    readFile: fsp.readFile,
    writeFile: (file: string, data: string | Uint8Array) => writeFileAtomic(file, data, nodeFileSystem),
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
