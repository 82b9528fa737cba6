import type { promises as fsp } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { message, type Message } from '../../../shared/i18n/message';
import { codeOf, ioReason } from './io-error';

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

const FOLDER_REASONS: Readonly<Record<string, Message>> = {
  ENOENT: message('error.folder.reason.ENOENT'),
  EROFS: message('error.io.reason.EROFS'),
  EACCES: message('error.io.reason.EACCES'),
  EPERM: message('error.io.reason.EPERM'),
  ENOTDIR: message('error.folder.reason.ENOTDIR'),
  ENOSPC: message('error.io.reason.ENOSPC'),
  ENAMETOOLONG: message('error.folder.reason.ENAMETOOLONG'),
};

/** Why a library folder could not be made or used, naming the folder. */
export function folderError(dir: string, error: unknown): ApiError {
  return new ApiError(
    'io-error',
    message('error.folder.failed', { path: dir, reason: ioReason(error, FOLDER_REASONS) }),
  );
}
