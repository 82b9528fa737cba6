import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_API_PREFIX, HTTP_EVENTS_PATH } from '../../shared/api/channels';
import { MEDIA_ROUTE_PREFIX, parseMediaRoutePath } from '../../shared/api/media-route';
import type { HandlerTable } from '../../shared/api/contract';
import { ApiError, HTTP_STATUS, type ErrorCode } from '../../shared/api/errors';
import { dispatch, type DispatchLogger } from '../services/api/dispatch';
import type { EventBus } from '../services/api/event-bus';
import { mediaHeaders, type MediaReader } from './media-route';
import { SECURITY_HEADERS } from './security-headers';
import { readBodyWithin } from './request-body';
import { readStaticFile } from './static-files';
import { tokensMatch } from './token';

export interface WebHostOptions {
  handlers: HandlerTable;
  bus: EventBus;
  token: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Images of the library's articles, served on `/media/<articleId>/<file>`; none without it. */
  media?: MediaReader;
  /** 0 picks a free port. */
  port?: number;
  logger?: DispatchLogger;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

/**
 * Browser mode: serves the built renderer and the API contract over HTTP on 127.0.0.1 only.
 * Every API call needs the per-run token; the Host header must name this loopback server, which
 * stops DNS-rebinding pages from reaching it.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { handlers, bus, token, rendererDir, logger = console } = options;
  const eventStreams = new Set<http.ServerResponse>();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('web host request failed', error);
      if (!res.headersSent) sendError(res, new ApiError('internal', 'Внутрішня помилка програми.'));
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    if (!isAllowedHost(req.headers.host, port)) {
      return sendError(res, new ApiError('bad-request', 'Запит до невідомої адреси відхилено.'));
    }
    if (url.pathname === HTTP_EVENTS_PATH) return openEventStream(req, res, url);
    if (url.pathname.startsWith(HTTP_API_PREFIX)) return handleApi(req, res, url);
    if (url.pathname.startsWith(MEDIA_ROUTE_PREFIX)) return serveMedia(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, new ApiError('bad-request', 'Метод HTTP не підтримується.'), 405);
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return sendError(res, new ApiError('not-found', 'Файл не знайдено.'));
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (!tokensMatch(token, bearer(req.headers.authorization))) {
      return sendError(
        res,
        new ApiError(
          'unauthorized',
          'Немає доступу: відкрийте адресу з токеном, яку надрукувала команда npm run serve.',
        ),
      );
    }
    if (req.method !== 'POST') {
      return sendError(res, new ApiError('bad-request', 'Методи API викликаються запитом POST.'), 405);
    }
    if (!isJson(req.headers['content-type'])) {
      return sendError(
        res,
        new ApiError('bad-request', 'Тіло запиту має бути JSON (Content-Type: application/json).'),
        415,
      );
    }
    const body = await readBodyWithin(req, MAX_BODY_BYTES);
    if (body === 'too-large') {
      res.setHeader('Connection', 'close');
      return sendError(res, new ApiError('bad-request', 'Запит завеликий.'), 413);
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, new ApiError('bad-request', 'Тіло запиту не є коректним JSON.'));
    }
    const method = url.pathname.slice(HTTP_API_PREFIX.length);
    const result = await dispatch(handlers, method, input, logger);
    if (result.ok) return sendJson(res, 200, result.value ?? null);
    return sendJson(res, HTTP_STATUS[result.error.code], result.error);
  }

  async function serveMedia(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, new ApiError('bad-request', 'Метод HTTP не підтримується.'), 405);
    }
    // An <img> cannot send the Bearer header, so the page puts the token in the query, as for events.
    const given = url.searchParams.get('token') ?? bearer(req.headers.authorization);
    if (!tokensMatch(token, given)) {
      return sendError(res, new ApiError('unauthorized', 'Немає доступу до зображень статті.'));
    }
    const route = parseMediaRoutePath(url.pathname);
    const file = route && options.media ? await options.media(route) : null;
    if (!file) return sendError(res, new ApiError('not-found', 'Зображення не знайдено.'));
    res.writeHead(200, mediaHeaders(file));
    res.end(req.method === 'HEAD' ? undefined : file.bytes);
  }

  function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    // EventSource cannot send headers, so the stream takes the token from the query.
    if (!tokensMatch(token, url.searchParams.get('token'))) {
      return sendError(res, new ApiError('unauthorized', 'Немає доступу до потоку подій.'));
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    eventStreams.add(res);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      eventStreams.delete(res);
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

  return {
    url: `http://${LOOPBACK}:${port}/?token=${encodeURIComponent(token)}`,
    port,
    close: async () => {
      unsubscribe();
      for (const stream of eventStreams) stream.end();
      eventStreams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
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
