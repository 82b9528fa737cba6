import { promises as fsp, type MakeDirectoryOptions, type Mode, type PathLike } from 'node:fs';
import { makeFolder } from './make-folder';

/**
 * The file-system operations the library uses, as node:fs/promises has them. Services take it as a
 * parameter so tests can inject real faults (disk full, read-only folder, a locked file) at this seam.
 */
export type FileSystem = Pick<
  typeof fsp,
  'open' | 'readFile' | 'readdir' | 'mkdir' | 'rename' | 'rm' | 'stat' | 'lstat' | 'access' | 'copyFile' | 'cp'
>;

/** Recursive mkdir goes through makeFolder: Node's own never settles on a path like /proc/1/missing. */
const mkdir = ((dir: PathLike, options?: MakeDirectoryOptions | Mode | null) =>
  typeof options === 'object' && options?.recursive === true
    ? makeFolder(fsp, String(dir))
    : fsp.mkdir(dir, options)) as FileSystem['mkdir'];

export const nodeFileSystem: FileSystem = { ...fsp, mkdir };

export async function pathExists(fs: FileSystem, target: string): Promise<boolean> {
  return fs.access(target).then(
    () => true,
    () => false,
  );
}
