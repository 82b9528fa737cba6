import { message, type Message, type ParamValue } from '../i18n/message';
import { createTranslator, isMessageKey, placeholdersOf } from '../i18n/translate';
import type { MessageKey } from '../i18n/uk';

/**
 * Errors cross every boundary (IPC, HTTP) as `{ code, key, params, message }`. The code is coarse and stable
 * (it picks the HTTP status and what the UI offers); the catalogue key and its params say the exact reason,
 * so each UI words it in its own language; `message` is that reason in English, for logs and scripts.
 */
export const ERROR_CODES = [
  'unknown-method',
  'invalid-argument',
  'unauthorized',
  'forbidden-sender',
  'bad-request',
  'not-found',
  'conflict',
  'workflow-forbidden',
  'workflow-invalid',
  'workflow-read-only',
  'newsroom-unauthorized',
  'newsroom-unreachable',
  'newsroom-refused',
  'damaged-file',
  'io-error',
  'host-unreachable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  key: MessageKey;
  params?: Readonly<Record<string, ParamValue>>;
  message: string;
}

const english = createTranslator('en');

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    /** The exact reason, to be worded in the reader's language (`t.message(error.reason)`). */
    readonly reason: Message,
  ) {
    super(english.message(reason));
  }

  toJSON(): ApiErrorShape {
    const { key, params } = this.reason;
    return params
      ? { code: this.code, key, params, message: this.message }
      : { code: this.code, key, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Accepts anything that came over a wire and returns a well-formed ApiError: a known code with a key the
 * catalogue does not have (an older or newer peer) keeps its code and reads as a generic error.
 */
export function toApiError(value: unknown): ApiError {
  if (value instanceof ApiError) return value;
  if (typeof value === 'object' && value !== null) {
    const { code } = value as { code?: unknown };
    if (isErrorCode(code)) return new ApiError(code, readMessage(value, 0) ?? message('error.generic'));
  }
  return new ApiError('internal', message('error.generic'));
}

/** How deep a message from the wire may nest messages in its params. */
const MAX_WIRE_NESTING = 4;

/** Whether a value from the wire is a message this catalogue can word (see readMessage). */
export function isWireMessage(value: unknown): value is Message {
  return readMessage(value, 0) !== null;
}

/** A `{ key, params }` from the wire, or null unless the key is known and every placeholder has a plain value. */
function readMessage(value: unknown, depth: number): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (!isMessageKey(key)) return null;
  const names = placeholdersOf(key);
  if (names.length === 0) return { key };
  if (typeof params !== 'object' || params === null) return null;
  const read: Record<string, ParamValue> = {};
  for (const name of names) {
    const param: unknown = Object.hasOwn(params, name) ? (params as Record<string, unknown>)[name] : undefined;
    if (typeof param === 'string' || (typeof param === 'number' && Number.isFinite(param))) read[name] = param;
    else {
      const nested = depth < MAX_WIRE_NESTING ? readMessage(param, depth + 1) : null;
      if (!nested) return null;
      read[name] = nested;
    }
  }
  return { key, params: read };
}

/** HTTP status for each code, used by the browser-mode host. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  'unknown-method': 404,
  'invalid-argument': 400,
  unauthorized: 401,
  'forbidden-sender': 403,
  'bad-request': 400,
  'not-found': 404,
  conflict: 409,
  'workflow-forbidden': 403,
  'workflow-invalid': 409,
  'workflow-read-only': 403,
  // The newsroom server's answer, not this host's: 502 says a server behind this one spoke.
  'newsroom-unauthorized': 502,
  'newsroom-unreachable': 503,
  'newsroom-refused': 502,
  'damaged-file': 422,
  'io-error': 500,
  'host-unreachable': 503,
  internal: 500,
};
