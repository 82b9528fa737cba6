import { ApiError } from '../../../shared/api/errors';
import { message, type Message } from '../../../shared/i18n/message';

export function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

export function isCode(error: unknown, code: string): boolean {
  return codeOf(error) === code;
}

const IO_REASONS: Readonly<Record<string, Message>> = {
  ENOSPC: message('error.io.reason.ENOSPC'),
  EROFS: message('error.io.reason.EROFS'),
  EACCES: message('error.io.reason.EACCES'),
  EPERM: message('error.io.reason.EPERM'),
  EBUSY: message('error.io.reason.EBUSY'),
  ENOENT: message('error.io.reason.ENOENT'),
  ENOTDIR: message('error.io.reason.ENOTDIR'),
};

/** Why a file-system call failed, in words for the known codes and as the system's code otherwise. */
export function ioReason(error: unknown, reasons: Readonly<Record<string, Message>> = IO_REASONS): Message {
  const hasCode = typeof error === 'object' && error !== null && 'code' in error;
  if (!hasCode) return message('error.io.reason.unknown');
  const code = codeOf(error);
  return Object.hasOwn(reasons, code) ? (reasons[code] as Message) : message('error.io.reason.other', { code });
}

/** A file-system failure as an `io-error` that says what failed and why. */
export function ioError(what: Message, error: unknown): ApiError {
  return new ApiError('io-error', message('error.io.failed', { what, reason: ioReason(error) }));
}
