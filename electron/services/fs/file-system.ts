import { promises as fsp } from 'node:fs';

/**
 * The file-system operations the library uses, as node:fs/promises has them. Services take it as a
 * parameter so tests can inject real faults (disk full, read-only folder, a locked file) at this seam.
 */
export type FileSystem = Pick<
  typeof fsp,
  'open' | 'readFile' | 'readdir' | 'mkdir' | 'rename' | 'rm' | 'stat' | 'lstat' | 'access' | 'copyFile' | 'cp'
>;

export const nodeFileSystem: FileSystem = fsp;

export async function pathExists(fs: FileSystem, target: string): Promise<boolean> {
  return fs.access(target).then(
    () => true,
    () => false,
  );
}
