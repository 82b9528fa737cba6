import {
  answerFailure,
  notWordPress,
  retryAfterMs,
  transportFailure,
  type WordPressFailure,
  type WordPressRequest,
} from '../../../../shared/publishing/wordpress/wordpress-failure';
import type { ZodType } from 'zod';
import { PublishError } from '../publish-target';

/** A REST answer: the parsed JSON body (null when it was not JSON), and WordPress's error code when it failed. */
export interface RestAnswer {
  ok: boolean;
  status: number;
  body: unknown;
  code: string | null;
  /** The Retry-After header (429, 503). */
  retryAfter: string | null;
}

export interface RestCall {
  method: 'GET' | 'POST' | 'DELETE';
  route: string;
  query?: Readonly<Record<string, string>>;
  json?: unknown;
  /** A file's bytes as the body (a media upload), with its headers. */
  file?: { bytes: Uint8Array; mime: string; fileName: string };
}

export interface WordPressConnection {
  /** The site's address, ending in `/`. */
  base: URL;
  /** The site as the messages name it (host and port). */
  site: string;
  login: string;
  password: string;
  timeoutMs: number;
  /** The job's signal: the outbox stopping the job stops its request. */
  signal: AbortSignal;
}

/** Node's codes for a connection that was never made: nothing reached the site. */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * One site's REST API as one login sees it, over `?rest_route=` (it works with and without pretty permalinks).
 * The application password goes only into the Authorization header of each request: never into a URL, an
 * error or a log. A request either answers (`RestAnswer`, also for WordPress's errors, which callers read by
 * code) or throws a PublishError saying whether it may have acted.
 */
export class WordPressClient {
  private readonly authorization: string;

  constructor(private readonly connection: WordPressConnection) {
    const { login, password } = connection;
    this.authorization = `Basic ${Buffer.from(`${login}:${password}`, 'utf8').toString('base64')}`;
  }

  get site(): string {
    return this.connection.site;
  }

  async call(call: RestCall): Promise<RestAnswer> {
    const request = this.describe(call);
    const address = new URL(this.connection.base);
    address.searchParams.set('rest_route', call.route);
    for (const [name, value] of Object.entries(call.query ?? {})) address.searchParams.set(name, value);
    const headers: Record<string, string> = { authorization: this.authorization, accept: 'application/json' };
    let body: string | Uint8Array | undefined;
    if (call.file) {
      headers['content-type'] = call.file.mime;
      headers['content-disposition'] = `attachment; filename="${call.file.fileName}"`;
      body = call.file.bytes;
    } else if (call.json !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(call.json);
    }
    // An upload may take longer than a page of JSON; both end, so an answer lost on the way is never awaited forever.
    const timeout = AbortSignal.timeout(call.file ? this.connection.timeoutMs * 4 : this.connection.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(address, {
        method: call.method,
        headers,
        body,
        redirect: 'follow',
        signal: AbortSignal.any([this.connection.signal, timeout]),
      });
      text = await response.text();
    } catch (error) {
      throw failed(transportFailure(neverConnected(error) ? 'unreachable' : 'lost', request));
    }
    const parsed = parseJson(text);
    if (response.ok) {
      if (parsed === undefined) throw failed(notWordPress(request));
      return { ok: true, status: response.status, body: parsed, code: null, retryAfter: null };
    }
    const retryAfter = response.headers.get('retry-after');
    return { ok: false, status: response.status, body: parsed ?? null, code: errorCode(parsed), retryAfter };
  }

  /** The PublishError for an answer that did not succeed and that the caller has no use for. */
  failure(call: RestCall, answer: RestAnswer): PublishError {
    return failed(
      answerFailure(
        { status: answer.status, code: answer.code, retryAfterMs: retryAfterMs(answer.retryAfter, Date.now()) },
        this.describe(call),
      ),
    );
  }

  /** Calls, and throws the PublishError for anything but success or a body of another shape. */
  async expect<T>(call: RestCall, shape: ZodType<T>): Promise<T> {
    const answer = await this.call(call);
    if (!answer.ok) throw this.failure(call, answer);
    return this.read(call, answer.body, shape);
  }

  /** The body in the shape asked; a WordPress that answers otherwise is not one this target can work with. */
  read<T>(call: RestCall, body: unknown, shape: ZodType<T>): T {
    const parsed = shape.safeParse(body);
    if (!parsed.success) throw failed(notWordPress(this.describe(call)));
    return parsed.data;
  }

  private describe(call: RestCall): WordPressRequest {
    return {
      write: call.method !== 'GET',
      site: this.connection.site,
      login: this.connection.login,
      ...(call.file ? { fileName: call.file.fileName } : {}),
    };
  }
}

function failed({ outcome, reason, retryAfterMs: after }: WordPressFailure): PublishError {
  return new PublishError(outcome, reason, after);
}

function neverConnected(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' && NEVER_CONNECTED.has(cause.code);
}

/**
 * The JSON of an answer. Some hosts print PHP notices before it (`display_errors`): the JSON is then read from
 * its first bracket. Undefined when there is none.
 */
function parseJson(text: string): unknown {
  for (const start of [0, firstBracket(text)]) {
    if (start < 0) continue;
    try {
      return JSON.parse(text.slice(start)) as unknown;
    } catch {
      // try the next start
    }
  }
  return undefined;
}

function firstBracket(text: string): number {
  const found = [text.indexOf('{'), text.indexOf('[')].filter((at) => at > 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

function errorCode(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('code' in body)) return null;
  return typeof body.code === 'string' ? body.code : null;
}
