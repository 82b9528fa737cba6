/**
 * Errors cross every boundary (IPC, HTTP) as `{ code, message }`. Codes are stable and
 * machine-readable; messages are Ukrainian and meant for people.
 */
export const ERROR_CODES = [
  'unknown-method',
  'invalid-argument',
  'unauthorized',
  'forbidden-sender',
  'bad-request',
  'not-found',
  'conflict',
  'damaged-file',
  'io-error',
  'host-unreachable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

export class ApiError extends Error implements ApiErrorShape {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Accepts anything that came over a wire and returns a well-formed ApiError. */
export function toApiError(value: unknown): ApiError {
  if (value instanceof ApiError) return value;
  if (typeof value === 'object' && value !== null) {
    const { code, message } = value as { code?: unknown; message?: unknown };
    if (isErrorCode(code) && typeof message === 'string') return new ApiError(code, message);
  }
  return new ApiError('internal', 'Внутрішня помилка програми.');
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
  'damaged-file': 422,
  'io-error': 500,
  'host-unreachable': 503,
  internal: 500,
};
