import { message, type Message } from '../../i18n/message';

/*
 * What a failed WordPress request means for the outbox, and the words for the editor. WordPress answers
 * errors as `{ code, message, data: { status } }`; its own `message` is English and for developers, so only
 * the status and the code decide here, and the editor reads the catalogue's sentence (never the site's text).
 */

/** As electron/services/publishing/publish-target.ts's FailureOutcome (shared/ cannot import it). */
export type WordPressOutcome = 'not-sent' | 'unknown' | 'rejected';

export interface WordPressFailure {
  outcome: WordPressOutcome;
  reason: Message;
  retryAfterMs: number | null;
}

/** What the request was doing, for the words and for whether a lost answer leaves the outcome unknown. */
export interface WordPressRequest {
  /** Whether it may change the site (POST, DELETE): a lost answer to it leaves the outcome unknown. */
  write: boolean;
  /** The site as a person knows it (its host), never with a login or password in it. */
  site: string;
  login: string;
  /** The image being uploaded, when it is an upload. */
  fileName?: string;
}

/** WordPress's (or a proxy's) answer to a request that did not succeed. */
export interface WordPressAnswer {
  status: number;
  /** WordPress's error code (`rest_cannot_create`); null when the body was not WordPress's JSON. */
  code: string | null;
  /** From a Retry-After header. */
  retryAfterMs: number | null;
}

/** How the request failed without an answer. */
export type TransportFailure =
  /** Nothing was sent: the address did not resolve, the connection was refused. */
  | 'unreachable'
  /** Sent, or partly: the connection broke or the time ran out before an answer. */
  | 'lost';

const failure = (outcome: WordPressOutcome, reason: Message, retryAfterMs: number | null = null): WordPressFailure => ({
  outcome,
  reason,
  retryAfterMs,
});

/** Codes of an upload WordPress refuses for the file itself: asking again will not help. */
const FILE_REFUSED = /^rest_upload_/;
const FILE_TOO_LARGE = new Set([
  'rest_upload_file_too_big',
  'rest_upload_limited_space',
  'rest_upload_user_quota_exceeded',
]);

export function answerFailure(answer: WordPressAnswer, request: WordPressRequest): WordPressFailure {
  const { status, code } = answer;
  const { site, login } = request;
  const file = request.fileName ?? '';
  // Too many requests (a host's or a firewall's limit): the request was turned away before WordPress.
  if (status === 429) return failure('not-sent', message('publish.wordpress.busy', { site }), answer.retryAfterMs);
  // WordPress answers 401 only to someone not logged in: 6.1 runs a wrong application password anonymously
  // (`rest_cannot_create`, `rest_forbidden_context`, `rest_not_logged_in`), newer ones say `incorrect_password`.
  if (status === 401) return failure('rejected', message('publish.wordpress.wrongPassword', { site, login }));
  if (status === 413 || (code !== null && FILE_TOO_LARGE.has(code)))
    return failure('rejected', message('publish.wordpress.fileTooLarge', { site, file }));
  if (code !== null && FILE_REFUSED.test(code) && request.fileName !== undefined)
    return failure('rejected', message('publish.wordpress.fileRefused', { site, file }));
  if (status === 403)
    return failure(
      'rejected',
      code === null
        ? message('publish.wordpress.refused', { site, code: String(status) })
        : message('publish.wordpress.noPermission', { site, login }),
    );
  if (status === 404 && (code === null || code === 'rest_no_route'))
    return failure('rejected', message('publish.wordpress.notWordPress', { site }));
  if (status >= 500) {
    // A 5xx may come after WordPress did the work (a crash while answering, a gateway that gave up).
    const outcome = request.write ? 'unknown' : 'not-sent';
    return failure(outcome, message('publish.wordpress.serverError', { site, status }), answer.retryAfterMs);
  }
  return failure('rejected', message('publish.wordpress.refused', { site, code: code ?? String(status) }));
}

export function transportFailure(kind: TransportFailure, request: WordPressRequest): WordPressFailure {
  const { site } = request;
  if (kind === 'unreachable') return failure('not-sent', message('publish.wordpress.unreachable', { site }));
  return request.write
    ? failure('unknown', message('publish.wordpress.noAnswer', { site }))
    : failure('not-sent', message('publish.wordpress.unreachable', { site }));
}

/** A 2xx answer that is not WordPress's JSON (a login page, a host's error page): not a WordPress REST API. */
export function notWordPress(request: WordPressRequest): WordPressFailure {
  return failure(
    request.write ? 'unknown' : 'rejected',
    message('publish.wordpress.notWordPress', { site: request.site }),
  );
}

/** Retry-After as milliseconds: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
