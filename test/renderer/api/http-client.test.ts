import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpApi } from '../../../renderer/src/api/http-client';
import { ApiError } from '../../../shared/api/errors';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('createHttpApi invoke against a real loopback server', () => {
  let server: Server;
  let baseUrl: string;
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        const reply = (status: number, value: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(value));
        };
        if (req.url === '/api/settings.get') {
          reply(401, { code: 'unauthorized', key: 'error.http.noAccess', message: 'No access.' });
        } else if (req.url === '/api/app.info') {
          reply(200, { name: 'Шпальта', version: '0.1.0', host: 'browser', platform: 'linux', startupNotices: [] });
        } else if (req.url === '/api/article.get') {
          reply(404, { code: 'not-found', key: 'error.article.missing', message: 'Article not found.' });
        } else if (req.url === '/api/article.save') {
          reply(409, {
            code: 'conflict',
            key: 'error.media.notImage',
            params: { name: 'звіт.pdf' },
            message: 'x',
          });
        } else if (req.url === '/api/library.list') {
          res.writeHead(500, { 'Content-Type': 'text/html' });
          res.end('<h1>Proxy error</h1>');
        } else {
          reply(404, {
            code: 'unknown-method',
            key: 'error.api.unknownMethod',
            params: { method: 'x' },
            message: 'x',
          });
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  beforeEach(() => {
    seen.length = 0;
  });

  it('POSTs JSON to /api/<method> with no secret of its own and returns the 200 body', async () => {
    const api = createHttpApi(baseUrl);
    const info = await api.invoke('app.info', {});
    expect(info).toEqual({ name: 'Шпальта', version: '0.1.0', host: 'browser', platform: 'linux', startupNotices: [] });
    expect(seen).toHaveLength(1);
    const request = seen[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api/app.info');
    // The session cookie is the browser's to send; the page holds no token to put in a header.
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? 'null')).toEqual({});
  });

  it('sends the input as the JSON body', async () => {
    const api = createHttpApi(baseUrl);
    await expect(api.invoke('article.get', { id: 'kyiv-energy-2025' })).rejects.toThrow();
    expect(JSON.parse(seen[0]?.body ?? 'null')).toEqual({ id: 'kyiv-energy-2025' });
  });

  it('a 4xx {code, key, params} becomes an ApiError with that code and reason', async () => {
    const api = createHttpApi(baseUrl);
    const notFound = await api.invoke('article.get', { id: 'missing' }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ApiError);
    expect(notFound).toMatchObject({ code: 'not-found', reason: { key: 'error.article.missing' } });

    const conflict = await api
      .invoke('article.save', { article: {} as never, baseHash: null })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ApiError);
    expect(conflict).toMatchObject({
      code: 'conflict',
      reason: { key: 'error.media.notImage', params: { name: 'звіт.pdf' } },
    });
  });

  it('a 401 (no sign-in cookie) becomes ApiError unauthorized', async () => {
    const error = await createHttpApi(baseUrl)
      .invoke('settings.get', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('unauthorized');
  });

  it('an error status with a body that is not JSON becomes ApiError internal', async () => {
    const error = await createHttpApi(baseUrl)
      .invoke('library.list', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('internal');
  });

  it('a refused connection becomes ApiError host-unreachable', async () => {
    // Take a free port and close it again, so that nothing listens there.
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const port = (spare.address() as AddressInfo).port;
    await new Promise<void>((resolve) => spare.close(() => resolve()));

    const error = await createHttpApi(`http://127.0.0.1:${port}`)
      .invoke('app.info', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('host-unreachable');
    expect((error as ApiError).reason).toEqual({ key: 'error.host.unreachable' });
  });
});

/** The browser's EventSource, which neither jsdom nor Node 20 has: records what the client asks of it. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readonly CLOSED = 2;
  /** CONNECTING (0), OPEN (1) or CLOSED (2), as the test sets it before an event. */
  readyState = 0;
  readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  emit(name: string, data: string): void {
    for (const listener of this.listeners.get(name) ?? []) listener(new MessageEvent(name, { data }));
  }
}

describe('createHttpApi events over server-sent events', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reports a lost host when the stream errors and its return when it opens again, each change once', () => {
    const api = createHttpApi('http://127.0.0.1:5173');
    const seen: boolean[] = [];
    api.onHostReachable((reachable) => seen.push(reachable));
    const source = FakeEventSource.instances[0];
    if (!source) throw new Error('no EventSource');
    source.emit('open', '');
    source.emit('error', ''); // the browser retries by itself: still the same stream
    source.emit('error', '');
    source.emit('open', '');
    expect(seen).toEqual([false, true]);
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('a stream the browser closed for good is opened anew a few seconds later', () => {
    vi.useFakeTimers();
    const api = createHttpApi('http://127.0.0.1:5173');
    const seen: boolean[] = [];
    api.onHostReachable((reachable) => seen.push(reachable));
    const first = FakeEventSource.instances[0];
    if (!first) throw new Error('no EventSource');
    first.readyState = FakeEventSource.CLOSED;
    first.emit('error', '');
    expect(seen).toEqual([false]);
    vi.advanceTimersByTime(5000);
    const second = FakeEventSource.instances[1];
    if (!second) throw new Error('no second EventSource');
    second.emit('open', '');
    expect(seen).toEqual([false, true]);
  });

  it('tells the library listeners to read again whenever the stream opens: what changed before it reached no one', () => {
    vi.useFakeTimers();
    const api = createHttpApi('http://127.0.0.1:5173');
    const library: unknown[] = [];
    const changed: unknown[] = [];
    api.on('library.changed', (payload) => library.push(payload));
    api.on('article.changed', (payload) => changed.push(payload));
    const first = FakeEventSource.instances[0];
    if (!first) throw new Error('no EventSource');
    expect(library).toEqual([]);
    first.emit('open', '');
    expect(library).toEqual([{}]);
    first.emit('error', ''); // lost, retried by the browser, back
    first.emit('open', '');
    expect(library).toEqual([{}, {}]);
    first.readyState = FakeEventSource.CLOSED; // closed for good: a new stream
    first.emit('error', '');
    vi.advanceTimersByTime(5000);
    FakeEventSource.instances[1]?.emit('open', '');
    expect(library).toEqual([{}, {}, {}]);
    expect(changed).toEqual([]);
  });

  it('opens one stream, with no token in its address, and delivers parsed payloads to the listeners of that event', () => {
    const api = createHttpApi('http://127.0.0.1:5173');
    const changed: unknown[] = [];
    const library: unknown[] = [];
    const stop = api.on('article.changed', (payload) => changed.push(payload));
    api.on('library.changed', (payload) => library.push(payload));
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0];
    if (!source) throw new Error('no EventSource');
    expect(source.url).toBe('http://127.0.0.1:5173/api/events');

    source.emit('article.changed', JSON.stringify({ id: 'kyiv', hash: 'h1' }));
    source.emit('article.changed', '{not json'); // ignored, does not throw
    source.emit('library.changed', '{}');
    expect(changed).toEqual([{ id: 'kyiv', hash: 'h1' }]);
    expect(library).toEqual([{}]);

    stop();
    source.emit('article.changed', JSON.stringify({ id: 'kyiv', hash: 'h2' }));
    expect(changed).toHaveLength(1);
  });
});
