import { ApiError } from '../../../shared/api/errors';

export function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'невідома помилка';
}

export function isCode(error: unknown, code: string): boolean {
  return codeOf(error) === code;
}

const IO_REASONS: Record<string, string> = {
  ENOSPC: 'на диску закінчилося місце',
  EROFS: 'тека доступна лише для читання',
  EACCES: 'немає дозволу',
  EPERM: 'операцію заборонено системою',
  EBUSY: 'файл зайнятий іншою програмою',
  ENOENT: 'теку не знайдено',
  ENOTDIR: 'на місці теки лежить файл',
};

/** A file-system failure as an `io-error` that says, in Ukrainian, what failed and why. */
export function ioError(what: string, error: unknown): ApiError {
  const code = codeOf(error);
  return new ApiError('io-error', `${what}: ${IO_REASONS[code] ?? code}.`);
}
