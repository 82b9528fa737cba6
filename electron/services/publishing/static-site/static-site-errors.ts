import { ApiError } from '../../../../shared/api/errors';
import { message, type Message } from '../../../../shared/i18n/message';
import { codeOf } from '../../fs/io-error';
import { PublishError, type FailureOutcome } from '../publish-target';

/**
 * A failure of the site folder as the outbox needs it. The site is switched in one rename at the very end,
 * so a failure anywhere before leaves it as it was: nothing is ever `unknown` here. What a person must fix
 * (the folder is gone, no permission, the disk is full) is `rejected`; what passes by itself (a file held
 * by another program, another publisher holding the lock, a share that hiccupped) is `not-sent`.
 */
const BY_CODE: Readonly<Record<string, [FailureOutcome, Message]>> = {
  ENOENT: ['rejected', message('publish.static.folderMissing')],
  ENOTDIR: ['rejected', message('publish.static.folderMissing')],
  EACCES: ['rejected', message('publish.static.noPermission')],
  EPERM: ['rejected', message('publish.static.noPermission')],
  EROFS: ['rejected', message('publish.static.readOnly')],
  ENOSPC: ['rejected', message('publish.static.diskFull')],
  EDQUOT: ['rejected', message('publish.static.diskFull')],
  EBUSY: ['not-sent', message('publish.static.fileBusy')],
};

export function siteFailure(error: unknown): PublishError {
  if (error instanceof PublishError) return error;
  // The folder's lock (fs/file-lock) is held by another publish that did not finish in time.
  if (error instanceof ApiError) return new PublishError('not-sent', message('publish.static.busy'));
  const known = BY_CODE[codeOf(error)];
  if (known) return new PublishError(known[0], known[1]);
  return new PublishError('not-sent', message('publish.static.retry', { code: codeOf(error) }));
}
