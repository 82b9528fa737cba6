import type { promises as fsp } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { codeOf } from './io-error';

type FolderFs = Pick<typeof fsp, 'mkdir' | 'stat'>;

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir never settles where a folder cannot be made
 * inside one that exists (Linux /proc: ENOENT on the folder, EEXIST on its parent, again and again, at
 * 100 % CPU); here each level is tried at most twice, so every path answers at once.
 * Returns the first folder it made, as `mkdir({ recursive: true })` does.
 */
export async function makeFolder(fs: FolderFs, dir: string): Promise<string | undefined> {
  const target = path.resolve(dir);
  try {
    await fs.mkdir(target);
    return target;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return ensureFolder(fs, target, error);
    const parent = path.dirname(target);
    if (codeOf(error) !== 'ENOENT' || parent === target) throw error;
    const first = await makeFolder(fs, parent);
    try {
      await fs.mkdir(target);
      return first ?? target;
    } catch (again) {
      // ENOENT with the parent in place: the system will not have a folder here.
      if (codeOf(again) === 'EEXIST') return ensureFolder(fs, target, again).then(() => first);
      throw again;
    }
  }
}

async function ensureFolder(fs: FolderFs, target: string, existsError: unknown): Promise<undefined> {
  const found = await fs.stat(target);
  if (found.isDirectory()) return undefined;
  throw Object.assign(new Error(`not a folder: ${target}`), { code: 'ENOTDIR', cause: existsError });
}

const FOLDER_REASONS: Record<string, string> = {
  ENOENT: 'система не дозволяє створити тут теку',
  EROFS: 'тека доступна лише для читання',
  EACCES: 'немає дозволу',
  EPERM: 'операцію заборонено системою',
  ENOTDIR: 'на цьому місці лежить файл, а не тека',
  ENOSPC: 'на диску закінчилося місце',
  ENAMETOOLONG: 'шлях задовгий',
};

/** Why a library folder could not be made or used, in Ukrainian, naming the folder. */
export function folderError(dir: string, error: unknown): ApiError {
  const code = codeOf(error);
  return new ApiError('io-error', `Бібліотеку «${dir}» не вдалося відкрити: ${FOLDER_REASONS[code] ?? code}.`);
}
