import { contract } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { message, type Message } from '../../../shared/i18n/message';
import { issueReason } from '../../../shared/validation/issue-reason';

export const JOIN_FIELDS = ['url', 'login', 'token', 'folder'] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];
export type JoinInput = Record<JoinField, string>;

/** Why a field cannot be sent, by field: the same schema the host enforces, each reason worded by its field. */
export type JoinFieldErrors = Partial<Record<JoinField, Message>>;

/**
 * Checks the form as `newsroom.join` will. The address, login and folder are trimmed (a pasted token is not:
 * its bytes are the secret). An empty field says so, not that its pattern was missed.
 */
export function checkJoinInput(raw: JoinInput): { input: JoinInput } | { errors: JoinFieldErrors } {
  const input: JoinInput = {
    url: raw.url.trim(),
    login: raw.login.trim(),
    token: raw.token,
    folder: raw.folder.trim(),
  };
  const checked = contract['newsroom.join'].input.safeParse(input);
  if (checked.success) return { input };
  const errors: JoinFieldErrors = {};
  for (const issue of checked.error.issues) {
    const field = JOIN_FIELDS.find((name) => name === issue.path[0]);
    if (!field || errors[field]) continue;
    errors[field] = input[field] === '' ? message('validation.empty') : issueReason(issue);
  }
  return { errors };
}

/**
 * The field a refused join is about, so its words stand beside it: a token the server did not take, an
 * address where no server or no newsroom answers, a folder that is not empty. Null: the whole form's.
 */
export function joinErrorField(error: ApiError): JoinField | null {
  switch (error.code) {
    case 'newsroom-unauthorized':
      return 'token';
    case 'newsroom-unreachable':
    case 'not-found':
      // A join cut off part-way is about the connection, not the address: the form says it, with how to go on.
      return error.reason.key === 'newsroom.error.failed' || error.reason.key === 'newsroom.error.joinInterrupted'
        ? null
        : 'url';
    case 'invalid-argument':
      return error.reason.key === 'newsroom.error.folderNotEmpty' ? 'folder' : null;
    default:
      return null;
  }
}
