import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HTTP_API_PREFIX, HTTP_EVENTS_PATH } from '../../shared/api/channels';
import { MEDIA_ROUTE_PREFIX, parseMediaRoutePath } from '../../shared/api/media-route';
import type { HandlerTable } from '../../shared/api/contract';
import { ApiError, HTTP_STATUS, type ErrorCode } from '../../shared/api/errors';
import { message } from '../../shared/i18n/message';
import { dispatch, type DispatchLogger } from '../services/api/dispatch';
import type { EventBus } from '../services/api/event-bus';
import { mediaHeaders, type MediaReader } from '../host/media-route';
import { SECURITY_HEADERS } from '../host/security-headers';
import { readBodyWithin } from './request-body';
import { createLoginCodes, type LoginCodes } from './login-codes';
import { readCookie, sessionCookieHeader, sessionCookieName } from './session-cookie';
import { readStaticFile } from '../host/static-files';
import { tokensMatch } from './token';

export interface WebHostOptions {
  handlers: HandlerTable;
  bus: EventBus;
  /**
   * The session secret (session-secret.ts): the value of the sign-in cookie a one-time code is swapped for.
   * Scripts may send it as `Authorization: Bearer`; the page never sees it.
   */
  token: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Images of the library's articles, served on `/media/<articleId>/<file>`; none without it. */
  media?: MediaReader;
  /** 0 picks a free port. */
  port?: number;
  logger?: DispatchLogger;
  /** One-time sign-in codes; a fresh set (5 minutes each) without it. */
  loginCodes?: LoginCodes;
  /** Someone opened a sign-in address that is used up or expired: `npm run serve` prints a new one. */
  onStaleLogin?: () => void;
  /**
   * The event stream of a view (`/api/events?view=…`) ended: its tab closed or reloaded, or the connection
   * dropped (the page announces itself again when the stream comes back).
   */
  onViewGone?: (view: string) => void;
  /**
   * A view's event stream opened: the view may have said what it shows before its stream was there, and so
   * missed who came and went since; the host says it again.
   */
  onViewStream?: (view: string) => void;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT`, the page's address once signed in. */
  origin: string;
  port: number;
  /** A fresh sign-in address: works once, for a few minutes, and leads to the clean origin. */
  loginUrl(): string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';
/** The printed sign-in address: `/login?code=…`. */
const LOGIN_PATH = '/login';

/**
 * Browser mode: serves the built renderer and the API contract over HTTP on 127.0.0.1 only.
 * The API, the event stream and media need the session cookie, which a one-time code from the printed
 * address is swapped for; the Host header must name this loopback server, which stops DNS-rebinding
 * pages from reaching it, and requests from other origins (another port on this machine is the same
 * site, so SameSite alone does not stop it) are refused.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { handlers, bus, token, rendererDir, logger = console } = options;
  const loginCodes = options.loginCodes ?? createLoginCodes();
  const eventStreams = new Set<http.ServerResponse>();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('web host request failed', error);
      if (!res.headersSent) sendError(res, new ApiError('internal', message('error.generic')));
      else res.end();
    });
  });

  // What Node's parser cannot read (a NUL in the path, broken or oversized headers, not HTTP at all) never reaches
  // `handle`; Node's own answer is a bare status. The same refusal as every other, with its code, then the close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => refuseUnreadable(error, socket));

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    if (!isAllowedHost(req.headers.host, port)) {
      return sendError(res, new ApiError('bad-request', message('error.http.unknownAddress')));
    }
    if (url.pathname === LOGIN_PATH) return signIn(req, res, url);
    const guarded = url.pathname.startsWith(HTTP_API_PREFIX) || url.pathname.startsWith(MEDIA_ROUTE_PREFIX);
    if (guarded && !isSameOrigin(req, port)) {
      return sendError(res, new ApiError('unauthorized', message('error.http.crossSite')));
    }
    if (guarded && !isSignedIn(req)) {
      return sendError(res, new ApiError('unauthorized', message('error.http.noAccess')));
    }
    if (url.pathname === HTTP_EVENTS_PATH) return openEventStream(req, res, url.searchParams.get('view'));
    if (url.pathname.startsWith(HTTP_API_PREFIX)) return handleApi(req, res, url);
    if (url.pathname.startsWith(MEDIA_ROUTE_PREFIX)) return serveMedia(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, new ApiError('bad-request', message('error.http.methodNotAllowed')), 405);
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return sendError(res, new ApiError('not-found', message('error.http.fileNotFound')));
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  /** The session cookie, or the secret as a Bearer header from a script. */
  function isSignedIn(req: http.IncomingMessage): boolean {
    const cookie = readCookie(req.headers.cookie, sessionCookieName(port));
    return tokensMatch(token, cookie) || tokensMatch(token, bearer(req.headers.authorization));
  }

  /**
   * `/login?code=…` swaps a live one-time code for the session cookie, then sends the browser to the
   * clean address, so neither the code nor the secret stays in the address bar. A spent or expired
   * code leads there too, without a cookie: a browser signed in before just works, any other is shown
   * how to sign in.
   */
  function signIn(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    const headers: http.OutgoingHttpHeaders = { ...SECURITY_HEADERS, Location: '/', 'Cache-Control': 'no-store' };
    if (loginCodes.redeem(url.searchParams.get('code'))) {
      headers['Set-Cookie'] = sessionCookieHeader(port, token);
    } else if (isSameOrigin(req, port)) {
      // Typed or pasted by the person; another site's page (an <img> pointing here) prints nothing.
      options.onStaleLogin?.();
    }
    res.writeHead(303, headers);
    res.end();
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') {
      return sendError(res, new ApiError('bad-request', message('error.http.postOnly')), 405);
    }
    if (!isJson(req.headers['content-type'])) {
      return sendError(res, new ApiError('bad-request', message('error.http.jsonOnly')), 415);
    }
    const body = await readBodyWithin(req, MAX_BODY_BYTES);
    if (body === 'too-large') {
      res.setHeader('Connection', 'close');
      return sendError(res, new ApiError('bad-request', message('error.http.tooLarge')), 413);
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, new ApiError('bad-request', message('error.http.badJson')));
    }
    const method = url.pathname.slice(HTTP_API_PREFIX.length);
    const result = await dispatch(handlers, method, input, logger);
    if (result.ok) return sendJson(res, 200, result.value ?? null);
    return sendJson(res, HTTP_STATUS[result.error.code], result.error);
  }

  async function serveMedia(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, new ApiError('bad-request', message('error.http.methodNotAllowed')), 405);
    }
    const route = parseMediaRoutePath(url.pathname);
    const file = route && options.media ? await options.media(route) : null;
    if (!file) return sendError(res, new ApiError('not-found', message('error.http.imageNotFound')));
    res.writeHead(200, mediaHeaders(file));
    res.end(req.method === 'HEAD' ? undefined : file.bytes);
  }

  const streamsOfView = new Map<string, number>();

  function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, view: string | null): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    eventStreams.add(res);
    if (view) {
      streamsOfView.set(view, (streamsOfView.get(view) ?? 0) + 1);
      options.onViewStream?.(view);
    }
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      eventStreams.delete(res);
    });
    // The response's own end: the request's can come as soon as it was read, long before the tab goes.
    // A stream that comes back can open before the dropped one is seen to end: only the view's last one counts.
    res.on('close', () => {
      if (!view) return;
      const left = (streamsOfView.get(view) ?? 1) - 1;
      if (left > 0) return void streamsOfView.set(view, left);
      streamsOfView.delete(view);
      options.onViewGone?.(view);
    });
  }

  const unsubscribe = bus.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;

  return {
    origin,
    port,
    loginUrl: () => `${origin}${LOGIN_PATH}?code=${loginCodes.issue()}`,
    close: async () => {
      unsubscribe();
      for (const stream of eventStreams) stream.end();
      eventStreams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Header fields over Node's limit answer 431, everything else unreadable 400; a socket already gone gets nothing. */
function refuseUnreadable(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify(new ApiError('bad-request', message('error.http.malformed')).toJSON());
  const headers = [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
  ];
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
}

function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

/**
 * The page's own requests only. The cookie is sent to every port of 127.0.0.1 (one site), so a page
 * served by another local program could otherwise call the API with it; browsers say where a request
 * comes from (Sec-Fetch-Site, Origin), and requests without those (scripts, old clients) carry no cookie
 * the browser added on their behalf.
 */
function isSameOrigin(req: http.IncomingMessage, port: number): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${LOOPBACK}:${port}` || origin === `http://localhost:${port}`;
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/json\b/i.test(contentType ?? '');
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, error: ApiError, status?: number): void {
  sendJson(res, status ?? HTTP_STATUS[error.code as ErrorCode], error.toJSON());
}
