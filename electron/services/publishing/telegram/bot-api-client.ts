import {
  isBotApiAnswer,
  readBotApiError,
  type BotApiErrorAnswer,
  type BotApiErrorReading,
} from '../../../../shared/publishing/telegram/bot-api-answer';
import { MultipartBody } from './multipart';

/**
 * How a call failed. `not-sent`: the request certainly did not reach Telegram (no connection, no token);
 * `unknown`: it may have (a timeout or a cut connection after it left, an answer that is not the Bot API's);
 * `refused`: Telegram answered no, read into a refusal.
 */
export type BotApiFailureKind = 'not-sent' | 'unknown' | 'refused' | 'no-token';

/**
 * A failed call. Its message is the kind alone: the token is part of every request's address, so neither the
 * address nor the network library's own error (which may quote it) is ever kept here.
 */
export class BotApiFailure extends Error {
  override readonly name = 'BotApiFailure';
  constructor(
    readonly kind: BotApiFailureKind,
    readonly reading: BotApiErrorReading | null = null,
  ) {
    super(reading ? `${kind}: ${reading.refusal}` : kind);
  }
}

export interface BotApiClientOptions {
  /** `https://api.telegram.org`, or a loopback server's address in tests. */
  apiBase: string;
  /** Read from the secrets store per call, so a token changed in settings is used at once and kept nowhere here. */
  token: () => Promise<string | null>;
  /** How long a call may take before its outcome is unknown. */
  timeoutMs: number;
}

/** Errors of the connection itself: the request never left this computer. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
]);

function errorCode(error: unknown): string | null {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : null;
}

/** One Bot API method per call, over HTTPS POST with JSON or multipart; the result or a BotApiFailure. */
export class BotApiClient {
  constructor(private readonly options: BotApiClientOptions) {}

  /** JSON parameters, or a multipart body made by `multipart` (an upload). */
  async call<T>(method: string, params: Record<string, unknown> | MultipartBody, signal: AbortSignal): Promise<T> {
    if (signal.aborted) throw new BotApiFailure('not-sent');
    // A store that cannot be read is as good as no token here: the person enters it again.
    const token = await this.options.token().catch(() => null);
    if (!token) throw new BotApiFailure('no-token');
    const upload = params instanceof MultipartBody;
    const body = upload ? params.bytes : JSON.stringify(params);
    const headers = { 'content-type': upload ? params.contentType : 'application/json' };
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.options.apiBase}/bot${token}/${method}`, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      text = await response.text();
    } catch (error) {
      const code = errorCode(error);
      throw new BotApiFailure(code !== null && NOT_SENT_CODES.has(code) ? 'not-sent' : 'unknown');
    }
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      answer = null;
    }
    // A gateway's page instead of Telegram's answer: the request reached something, what it did is unknown.
    if (!isBotApiAnswer(answer)) throw new BotApiFailure('unknown');
    if (answer.ok) return answer.result as T;
    const reading = readBotApiError(answer as BotApiErrorAnswer);
    if (reading.refusal === 'serverError') throw new BotApiFailure('unknown', reading);
    throw new BotApiFailure('refused', reading);
  }
}
