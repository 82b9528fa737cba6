import { toApiError, type ApiErrorShape } from '../../../shared/api/errors';
import { createTranslator, isMessageKey } from '../../../shared/i18n/translate';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../shared/api/contract';
import type { DispatchLogger } from '../../../electron/services/api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/security-headers';
import { newToken } from '../../../electron/web/token';
import { startWebHost, type WebHost } from '../../../electron/web/web-host';
import { createTestApp, type TestApp } from '../../fixtures/test-app';
import { useTempDirs } from '../../fixtures/temp-dir';

const INDEX_HTML =
  '<!doctype html><html lang="uk"><title>Шпальта</title><script type="module" src="/assets/app.js"></script></html>';
const APP_JS = 'document.title = "Шпальта";';
const SECRET = 'TOP SECRET OUTSIDE THE RENDERER';
/**
 * The project's server code, as it would appear in a leaked stack or file name. Not the checkout's root alone:
 * a checkout at /tmp/shpalta is a prefix of every temp folder /tmp/shpalta-web-…, whose paths errors do name.
 */
const SERVER_SOURCES = path.join(path.resolve(import.meta.dirname, '../../..'), 'electron') + path.sep;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http sends the path and Host header exactly as given (fetch would normalise them). */
function rawRequest(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

class RecordingLogger implements DispatchLogger {
  readonly entries: { message: string; error: unknown }[] = [];
  error(message: string, error: unknown): void {
    this.entries.push({ message, error });
  }
}

/** Reads a server-sent event stream until `done` says so, or fails after `ms`. */
async function readStreamUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  done: (text: string) => boolean,
  ms = 4000,
): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  while (!done(text)) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`stream did not deliver in ${ms} ms; got: ${JSON.stringify(text)}`);
    let timer: NodeJS.Timeout | undefined;
    const chunk = await Promise.race([
      reader.read(),
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), remaining);
      }),
    ]);
    clearTimeout(timer);
    if (chunk === 'timeout') continue;
    if (chunk.done) throw new Error(`stream ended; got: ${JSON.stringify(text)}`);
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

const STACK_LIKE = /Error:|\n\s+at |\.ts:\d+|node_modules/;

describe('web host (browser mode)', () => {
  const tempDir = useTempDirs('shpalta-web-');
  let app: TestApp;
  let host: WebHost;
  let token: string;
  let base: string;
  let logger: RecordingLogger;
  let rendererDir: string;
  const cleanups: (() => Promise<void> | void)[] = [];

  const api = (method: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return (await response.json()) as T;
  }

  async function expectError(
    response: Response,
    status: number,
    code: string,
  ): Promise<{ code: string; message: string }> {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    const body = JSON.parse(text) as ApiErrorShape;
    expect(
      Object.keys(body)
        .filter((key) => key !== 'params')
        .sort(),
    ).toEqual(['code', 'key', 'message']);
    expect(body.code).toBe(code);
    expect(isMessageKey(body.key), body.key).toBe(true);
    expect(text).not.toMatch(STACK_LIKE);
    expect(text).not.toContain(SERVER_SOURCES);
    // As the Ukrainian UI words it; the wire's own message is the English fallback of the same reason.
    const error = toApiError(body);
    expect(body.message).toBe(createTranslator('en').message(error.reason));
    return { code: body.code, message: createTranslator('uk').message(error.reason) };
  }

  beforeEach(async () => {
    const root = await tempDir();
    rendererDir = path.join(root, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), APP_JS);
    await writeFile(path.join(rendererDir, '.hidden'), SECRET);
    await writeFile(path.join(root, 'secret.txt'), SECRET);

    app = await createTestApp(root, 'browser');
    token = newToken();
    logger = new RecordingLogger();
    host = await startWebHost({
      handlers: app.services.handlers,
      bus: app.services.bus,
      token,
      rendererDir,
      port: 0,
      logger,
    });
    base = `http://127.0.0.1:${host.port}`;
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await host.close();
    app.services.dispose();
  });

  it('listens on 127.0.0.1 and gives a sign-in address with a one-time code, never the secret', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    const login = host.loginUrl();
    expect(login).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/login\\?code=[A-Za-z0-9_-]{32,}$`));
    expect(login).not.toContain(token);
    expect(host.loginUrl()).not.toBe(login);
  });

  const lanAddress = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

  it.skipIf(!lanAddress)('is not reachable on other network interfaces', async () => {
    await expect(fetch(`http://${lanAddress}:${host.port}/`)).rejects.toThrow();
  });

  describe('static files', () => {
    it('serves index.html with the CSP, nosniff and no-cache', async () => {
      const response = await fetch(`${base}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX_HTML);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toBe(CONTENT_SECURITY_POLICY);
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      // WebAssembly for the spellcheck worker, but never eval() or inline script.
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    });

    it('serves assets with their type and long caching', async () => {
      const response = await fetch(`${base}/assets/app.js`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(APP_JS);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    });

    it('answers unknown app routes with index.html (single-page app)', async () => {
      const response = await fetch(`${base}/articles/mjc5l1ts-1a2b3c4d/edit`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX_HTML);
    });

    it('HEAD gives headers without a body', async () => {
      const response = await fetch(`${base}/`, { method: 'HEAD' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(INDEX_HTML)));
      expect(await response.text()).toBe('');
    });

    it('a missing asset is a 404 JSON error', async () => {
      await expectError(await fetch(`${base}/assets/missing.js`), 404, 'not-found');
    });

    it.each([
      ['/../secret.txt'],
      ['/%2e%2e/secret.txt'],
      ['/..%2fsecret.txt'],
      ['/%2e%2e%2fsecret.txt'],
      ['/assets/..%2f..%2fsecret.txt'],
      ['/.hidden'],
      ['/%2ehidden'],
      ['/assets/%2e%2e/.hidden'],
      ['/index.html%00'],
    ])('refuses %s with a 404 JSON error and leaks nothing', async (urlPath) => {
      const response = await rawRequest(host.port, { path: urlPath, headers: { host: `127.0.0.1:${host.port}` } });
      expect(response.status, response.body).toBe(404);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(response.body)).toEqual({
        code: 'not-found',
        key: 'error.http.fileNotFound',
        message: 'File not found.',
      });
      expect(response.body).not.toContain(SECRET);
    });

    it('POST to a page is 405', async () => {
      const response = await fetch(`${base}/`, { method: 'POST', body: 'x' });
      expect(response.status).toBe(405);
    });
  });

  describe('Host header (DNS rebinding)', () => {
    it('rejects a foreign Host for pages and for the API, even with the token', async () => {
      const evil = { host: `evil.example:${host.port}` };
      const page = await rawRequest(host.port, { path: '/', headers: evil });
      expect(page.status).toBe(400);
      expect(page.body).not.toContain('Шпальта</title>');
      const call = await rawRequest(host.port, {
        path: '/api/library.list',
        method: 'POST',
        headers: { ...evil, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(call.status).toBe(400);
      expect(JSON.parse(call.body)).toMatchObject({ code: 'bad-request' });
      expect(call.body).not.toContain('articles');
    });

    it('rejects the right name with a different port', async () => {
      const response = await rawRequest(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port + 1}` } });
      expect(response.status).toBe(400);
    });

    it('accepts localhost with the right port', async () => {
      const response = await rawRequest(host.port, { path: '/', headers: { host: `localhost:${host.port}` } });
      expect(response.status).toBe(200);
      expect(response.body).toBe(INDEX_HTML);
    });
  });

  describe('API guards', () => {
    it('without a token: 401 unauthorized', async () => {
      const response = await fetch(`${base}/api/app.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      await expectError(response, 401, 'unauthorized');
    });

    it('with a wrong token, or the token in the query instead of the header: 401', async () => {
      await expectError(await api('app.info', {}, { authorization: `Bearer ${newToken()}` }), 401, 'unauthorized');
      await expectError(await api('app.info', {}, { authorization: `Bearer ${token}x` }), 401, 'unauthorized');
      await expectError(await api('app.info', {}, { authorization: token }), 401, 'unauthorized');
      const inQuery = await fetch(`${base}/api/app.info?token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      await expectError(inQuery, 401, 'unauthorized');
    });

    it('the token check comes before anything else: a GET without a token is 401', async () => {
      await expectError(await fetch(`${base}/api/app.info`), 401, 'unauthorized');
    });

    it('GET on an API method: 405', async () => {
      const response = await fetch(`${base}/api/app.info`, { headers: { authorization: `Bearer ${token}` } });
      await expectError(response, 405, 'bad-request');
    });

    it('a body that is not declared JSON: 415', async () => {
      await expectError(await api('app.info', {}, { 'content-type': 'text/plain' }), 415, 'bad-request');
      await expectError(
        await api('app.info', {}, { 'content-type': 'application/x-www-form-urlencoded' }),
        415,
        'bad-request',
      );
    });

    it('a body that is not valid JSON: 400 bad-request', async () => {
      const response = await fetch(`${base}/api/app.info`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{"broken": ',
      });
      await expectError(response, 400, 'bad-request');
    });

    it('an unknown method: 404 unknown-method', async () => {
      await expectError(await api('article.delete', {}), 404, 'unknown-method');
      await expectError(await api('__proto__', {}), 404, 'unknown-method');
    });

    it('an invalid argument: 400 invalid-argument naming the field', async () => {
      const body = await expectError(await api('article.get', { id: '../etc' }), 400, 'invalid-argument');
      expect(body.message).toContain('id:');
      await expectError(await api('settings.update', { user: { role: 'admin' } }), 400, 'invalid-argument');
    });
  });

  describe('API calls', () => {
    it('app.info says it runs in the browser', async () => {
      const response = await api('app.info');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await json(response)).toMatchObject({ name: 'Шпальта', host: 'browser', startupNotices: [] });
    });

    it('an empty body counts as {}', async () => {
      const response = await fetch(`${base}/api/app.info`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
      expect(response.status).toBe(200);
    });

    it('library.list lists the sample article of the new library', async () => {
      const listing = await json<{ libraryPath: string; articles: { headline: string }[]; damaged: unknown[] }>(
        await api('library.list'),
      );
      expect(listing.libraryPath).toBe(app.libraryPath);
      expect(listing.articles).toHaveLength(1);
      expect(listing.articles[0]?.headline).toMatch(/Шпальт/);
      expect(listing.damaged).toEqual([]);
    });

    it('article.create, article.get and article.save work over HTTP; a stale save is 409', async () => {
      const created = await json<{ article: { id: string; headline: string }; hash: string }>(
        await api('article.create', { headline: 'Курс гривні на 19 грудня' }),
      );
      const read = await json<{ article: Record<string, unknown> & { id: string }; hash: string }>(
        await api('article.get', { id: created.article.id }),
      );
      expect(read.article.headline).toBe('Курс гривні на 19 грудня');
      expect(read.hash).toBe(created.hash);

      const saveResponse = await api('article.save', {
        article: { ...read.article, lead: 'Лід' },
        baseHash: read.hash,
      });
      const saved = await json<{ hash: string; savedAt: string }>(saveResponse);
      expect(saveResponse.status).toBe(200);
      expect(saved.hash).not.toBe(read.hash);

      await expectError(await api('article.save', { article: read.article, baseHash: read.hash }), 409, 'conflict');
      const listing = await json<{ articles: unknown[] }>(await api('library.list'));
      expect(listing.articles).toHaveLength(2);
    });

    it('a damaged article file is 422 damaged-file', async () => {
      const created = await json<{ article: { id: string } }>(await api('article.create', {}));
      const file = path.join(app.libraryPath, 'articles', created.article.id, 'article.json');
      await writeFile(file, '{"schemaVersion": 1, "id": ');
      const body = await expectError(await api('article.get', { id: created.article.id }), 422, 'damaged-file');
      expect(body.message).toContain(file);
    });

    it('an unexpected failure is a 500 internal error without details, logged on the server', async () => {
      const failing: HandlerTable = {
        ...app.services.handlers,
        'library.list': async () => {
          throw new Error(`cannot open ${path.join(SERVER_SOURCES, 'services', 'library', 'x.ts')}`);
        },
      };
      const failingLogger = new RecordingLogger();
      const other = await startWebHost({
        handlers: failing,
        bus: app.services.bus,
        token,
        rendererDir,
        port: 0,
        logger: failingLogger,
      });
      cleanups.push(() => other.close());
      const response = await fetch(`http://127.0.0.1:${other.port}/api/library.list`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      await expectError(response, 500, 'internal');
      expect(failingLogger.entries).toHaveLength(1);
    });
  });

  describe('event stream', () => {
    async function openStream(
      query = '',
    ): Promise<{ response: Response; reader: ReadableStreamDefaultReader<Uint8Array>; close: () => void }> {
      const controller = new AbortController();
      const response = await fetch(`${base}/api/events${query}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: controller.signal,
      });
      const body = response.body;
      if (!body) throw new Error('no body');
      const reader = body.getReader();
      cleanups.push(async () => {
        await reader.cancel().catch(() => undefined);
        controller.abort();
      });
      return { response, reader, close: () => controller.abort() };
    }

    /** A host like `npm run serve`'s: views leave when their stream ends and are reminded when it opens. */
    async function hostWithViews(): Promise<{ gone: string[]; opened: string[] }> {
      const gone: string[] = [];
      const opened: string[] = [];
      await host.close();
      host = await startWebHost({
        handlers: app.services.handlers,
        bus: app.services.bus,
        token,
        rendererDir,
        port: 0,
        onViewGone: (view) => {
          gone.push(view);
          app.services.views.leave(view);
        },
        onViewStream: (view) => {
          opened.push(view);
          app.services.views.remind(view);
        },
      });
      base = `http://127.0.0.1:${host.port}`;
      return { gone, opened };
    }

    it('a view that said what it shows before its stream opened hears who has it open once the stream is there', async () => {
      await hostWithViews();
      const listing = await json<{ articles: { id: string }[] }>(await api('library.list'));
      const id = listing.articles[0]?.id ?? '';
      await api('view.opened', { view: 'tab-one-0001', id });
      await api('view.opened', { view: 'tab-two-0002', id });
      const { reader } = await openStream('?view=tab-one-0001');
      const text = await readStreamUntil(reader, (t) => t.includes('event: article.views'));
      const frame = text.split('\n\n').find((f) => f.startsWith('event: article.views')) ?? '';
      expect(JSON.parse(/^data: (.*)$/m.exec(frame)?.[1] ?? 'null')).toEqual({
        id,
        views: ['tab-one-0001', 'tab-two-0002'],
      });
    });

    it('a view whose stream came back before the dropped one ended keeps its article', async () => {
      const { gone, opened } = await hostWithViews();
      const listing = await json<{ articles: { id: string }[] }>(await api('library.list'));
      const id = listing.articles[0]?.id ?? '';
      const dropped = await openStream('?view=tab-one-0001');
      await readStreamUntil(dropped.reader, (text) => text.includes('retry:'));
      await api('view.opened', { view: 'tab-one-0001', id });
      const back = await openStream('?view=tab-one-0001');
      await readStreamUntil(back.reader, (text) => text.includes('retry:'));
      expect(opened).toEqual(['tab-one-0001', 'tab-one-0001']);

      dropped.close();
      // The host hears the drop by the next view's leave: a second view's stream ending is the signal to wait for.
      const other = await openStream('?view=tab-two-0002');
      await readStreamUntil(other.reader, (text) => text.includes('retry:'));
      other.close();
      await expect.poll(() => gone).toEqual(['tab-two-0002']);
      expect(app.services.views.viewsOf(id)).toEqual(['tab-one-0001']);

      back.close();
      await expect.poll(() => gone).toEqual(['tab-two-0002', 'tab-one-0001']);
      expect(app.services.views.viewsOf(id)).toEqual([]);
    });

    it('without the token: 401', async () => {
      await expectError(await fetch(`${base}/api/events`), 401, 'unauthorized');
      await expectError(await fetch(`${base}/api/events?token=${token}`), 401, 'unauthorized');
      const wrong = { headers: { authorization: `Bearer ${newToken()}` } };
      await expectError(await fetch(`${base}/api/events`, wrong), 401, 'unauthorized');
    });

    it('with the token: an event stream that reports an article changed from outside', async () => {
      const listing = await json<{ articles: { id: string }[] }>(await api('library.list'));
      const id = listing.articles[0]?.id ?? '';
      const { response, reader } = await openStream();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      await readStreamUntil(reader, (text) => text.includes('retry:'));

      const file = path.join(app.libraryPath, 'articles', id, 'article.json');
      const theirs = (await readFile(file, 'utf8')).replace('"status": "draft"', '"status": "submitted"');
      await writeFile(file, theirs);

      const text = await readStreamUntil(reader, (t) => t.includes('event: article.changed'));
      const frame = text.split('\n\n').find((f) => f.startsWith('event: article.changed')) ?? '';
      const data = /^data: (.*)$/m.exec(frame)?.[1] ?? 'null';
      expect(JSON.parse(data)).toEqual({ id, hash: createHash('sha256').update(theirs).digest('hex') });
    });

    it('reports library changes caused through the API', async () => {
      const { reader } = await openStream();
      await readStreamUntil(reader, (text) => text.includes('retry:'));
      await api('article.create', { headline: 'Нова' });
      const text = await readStreamUntil(reader, (t) => t.includes('event: library.changed'));
      expect(text).toContain('data: {}');
    });

    it('close() ends open streams', async () => {
      const { reader } = await openStream();
      await readStreamUntil(reader, (text) => text.includes('retry:'));
      await host.close();
      // The stream ends (or errors) by itself; a stream left open fails the test at its timeout.
      const ended = await (async () => {
        for (;;) if ((await reader.read()).done) return true;
      })().catch(() => true);
      expect(ended).toBe(true);
      await expect(fetch(`${base}/`)).rejects.toThrow();
    });
  });
});
