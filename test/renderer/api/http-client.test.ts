import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpApi, takeToken } from '../../../renderer/src/api/http-client';
import { ApiError } from '../../../shared/api/errors';

const TOKEN_KEY = 'shpalta.token';

describe('takeToken', () => {
  beforeEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('moves ?token= into sessionStorage and removes it from the address', () => {
    window.history.pushState({ keep: 1 }, '', '/app/?token=abc123&lang=uk#editor');
    const lengthBefore = window.history.length;
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('abc123');
    expect(window.location.pathname).toBe('/app/');
    expect(window.location.search).toBe('?lang=uk');
    expect(window.location.hash).toBe('#editor');
    expect(window.location.href).not.toContain('abc123');
    // replaced, not pushed: the address with the token does not stay in history
    expect(window.history.length).toBe(lengthBefore);
    expect(window.history.state).toEqual({ keep: 1 });
  });

  it('leaves an address with only the token clean (no dangling ?)', () => {
    window.history.pushState(null, '', '/?token=t0k');
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('t0k');
    expect(window.location.href).toBe(`${window.location.origin}/`);
  });

  it('a reload without ?token= reads the token kept for this tab', () => {
    window.history.pushState(null, '', '/?token=first');
    takeToken(window.location, window.sessionStorage, window.history);
    window.history.pushState(null, '', '/');
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('first');
  });

  it('a new token in the address replaces the stored one', () => {
    sessionStorage.setItem(TOKEN_KEY, 'old');
    window.history.pushState(null, '', '/?token=new');
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('new');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('new');
  });

  it('no token anywhere gives null and leaves the address alone', () => {
    window.history.pushState(null, '', '/?lang=uk');
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBeNull();
    expect(window.location.search).toBe('?lang=uk');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });
});

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
        if (req.headers.authorization !== 'Bearer good-token') {
          reply(401, { code: 'unauthorized', message: 'Потрібен токен доступу.' });
        } else if (req.url === '/api/app.info') {
          reply(200, { name: 'Шпальта', version: '0.1.0', host: 'browser', platform: 'linux', startupNotices: [] });
        } else if (req.url === '/api/article.get') {
          reply(404, { code: 'not-found', message: 'Статтю не знайдено.' });
        } else if (req.url === '/api/article.save') {
          reply(409, { code: 'conflict', message: 'Файл змінено на диску.' });
        } else if (req.url === '/api/library.list') {
          res.writeHead(500, { 'Content-Type': 'text/html' });
          res.end('<h1>Proxy error</h1>');
        } else {
          reply(404, { code: 'unknown-method', message: 'Немає такого методу.' });
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

  it('POSTs JSON to /api/<method> with the Bearer token and returns the 200 body', async () => {
    const api = createHttpApi(baseUrl, 'good-token');
    const info = await api.invoke('app.info', {});
    expect(info).toEqual({ name: 'Шпальта', version: '0.1.0', host: 'browser', platform: 'linux', startupNotices: [] });
    expect(seen).toHaveLength(1);
    const request = seen[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api/app.info');
    expect(request?.headers.authorization).toBe('Bearer good-token');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? 'null')).toEqual({});
  });

  it('sends the input as the JSON body', async () => {
    const api = createHttpApi(baseUrl, 'good-token');
    await expect(api.invoke('article.get', { id: 'kyiv-energy-2025' })).rejects.toThrow();
    expect(JSON.parse(seen[0]?.body ?? 'null')).toEqual({ id: 'kyiv-energy-2025' });
  });

  it('a 4xx {code, message} becomes an ApiError with that code and message', async () => {
    const api = createHttpApi(baseUrl, 'good-token');
    const notFound = await api.invoke('article.get', { id: 'missing' }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ApiError);
    expect(notFound).toMatchObject({ code: 'not-found', message: 'Статтю не знайдено.' });

    const conflict = await api
      .invoke('article.save', { article: {} as never, baseHash: null })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ApiError);
    expect(conflict).toMatchObject({ code: 'conflict', message: 'Файл змінено на диску.' });
  });

  it('a wrong or missing token is rejected as unauthorized', async () => {
    for (const token of ['bad-token', null]) {
      const error = await createHttpApi(baseUrl, token)
        .invoke('app.info', {})
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('unauthorized');
    }
    // fetch trims header values, so the empty token arrives as a bare `Bearer`.
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer bad-token', 'Bearer']);
  });

  it('an error status with a body that is not JSON becomes ApiError internal', async () => {
    const error = await createHttpApi(baseUrl, 'good-token')
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

    const error = await createHttpApi(`http://127.0.0.1:${port}`, 'good-token')
      .invoke('app.info', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('host-unreachable');
    expect((error as ApiError).message).toMatch(/зв’язку/);
  });
});

/** The browser's EventSource, which neither jsdom nor Node 20 has: records what the client asks of it. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
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
    vi.unstubAllGlobals();
  });

  it('opens one stream with the token and delivers parsed payloads to the listeners of that event', () => {
    const api = createHttpApi('http://127.0.0.1:5173', 'a b&c');
    const changed: unknown[] = [];
    const library: unknown[] = [];
    const stop = api.on('article.changed', (payload) => changed.push(payload));
    api.on('library.changed', (payload) => library.push(payload));
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0];
    if (!source) throw new Error('no EventSource');
    expect(source.url).toBe('http://127.0.0.1:5173/api/events?token=a%20b%26c');

    source.emit('article.changed', JSON.stringify({ id: 'kyiv', hash: 'h1' }));
    source.emit('article.changed', '{not json'); // ignored, does not throw
    source.emit('library.changed', '{}');
    expect(changed).toEqual([{ id: 'kyiv', hash: 'h1' }]);
    expect(library).toEqual([{}]);

    stop();
    source.emit('article.changed', JSON.stringify({ id: 'kyiv', hash: 'h2' }));
    expect(changed).toHaveLength(1);
  });

  it('without a token no stream is opened', () => {
    const api = createHttpApi('http://127.0.0.1:5173', null);
    api.on('library.changed', () => undefined);
    expect(FakeEventSource.instances).toHaveLength(0);
  });
});
