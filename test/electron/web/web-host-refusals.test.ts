import http from 'node:http';
import net from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../shared/i18n/translate';
import { newToken } from '../../../electron/web/token';
import { startTestWebHost, type TestWebHost } from '../../fixtures/test-web-host';
import { makeTempDir } from '../../fixtures/temp-dir';

const SECRET = 'SECRET BESIDE THE RENDERER';

interface Answer {
  status: number;
  body: string;
}

interface Probe {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** node:http sends the path and headers exactly as given (fetch would normalise them). */
function request(port: number, probe: Probe): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: probe.path ?? '/',
        method: probe.method ?? 'GET',
        headers: probe.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(probe.body);
  });
}

/** Bytes written straight to the socket, for what no HTTP client would send; the answer read until the host closes. */
function rawExchange(port: number, bytes: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.end(bytes);
  });
}

/** The body every refusal carries: a stable code and a catalogue key, nothing of the server's inside. */
function expectRefusal(answer: Answer, status: number, code: string, key?: string): void {
  expect(answer.status, answer.body).toBe(status);
  const body = JSON.parse(answer.body) as { code: string; key: string };
  expect(body.code).toBe(code);
  expect(isMessageKey(body.key), body.key).toBe(true);
  if (key) expect(body.key).toBe(key);
  expect(answer.body).not.toContain(SECRET);
  expect(answer.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
}

/** An article whose body nests `depth` quotes: the body schema is recursive, so deep enough exhausts its stack. */
function deepArticleSave(depth: number): string {
  const inner = '{"type":"blockquote","content":['.repeat(depth) + '{"type":"paragraph"}' + ']}'.repeat(depth);
  return `{"article":{"id":"m3k9x2ab-00000000","body":{"type":"doc","content":[${inner}]}},"baseHash":null}`;
}

describe('web host: every hostile request gets a clear refusal, and the host keeps serving', () => {
  let served: TestWebHost;
  let root: string;
  let port: number;
  let good: Record<string, string>;

  beforeAll(async () => {
    root = await makeTempDir('shpalta-web-refusals-');
    served = await startTestWebHost(root);
    port = served.host.port;
    await writeFile(path.join(root, 'secret.txt'), SECRET);
    await mkdir(path.join(root, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(root, 'renderer', '.env'), SECRET);
    good = {
      host: `127.0.0.1:${port}`,
      authorization: `Bearer ${served.token}`,
      'content-type': 'application/json',
    };
  });

  afterAll(async () => {
    await served.close();
  });

  /** The request right after a refusal: the API still answers. */
  async function stillServes(): Promise<void> {
    const answer = await request(port, { path: '/api/app.info', method: 'POST', headers: good, body: '{}' });
    expect(answer.status, answer.body).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ host: 'browser' });
  }

  const api = (headers: Record<string, string>, body = '{}'): Probe => ({
    path: '/api/library.list',
    method: 'POST',
    headers,
    body,
  });

  describe('without the secret, or with a wrong one', () => {
    it.each<[string, () => Probe]>([
      ['no token and no cookie', () => api({ host: good.host!, 'content-type': 'application/json' })],
      ['a wrong token', () => api({ ...good, authorization: `Bearer ${newToken()}` })],
      ['the token with one character more', () => api({ ...good, authorization: `${good.authorization}x` })],
      ['the token without "Bearer"', () => api({ ...good, authorization: served.token })],
      [
        'a wrong cookie',
        () => api({ host: good.host!, 'content-type': 'application/json', cookie: `shpalta-session-${port}=x` }),
      ],
      [
        'the token in the query',
        () => ({
          ...api({ host: good.host!, 'content-type': 'application/json' }),
          path: `/api/library.list?token=${served.token}`,
        }),
      ],
      ['the event stream without a token', () => ({ path: '/api/events', headers: { host: good.host! } })],
      ['an image without a token', () => ({ path: '/media/m3k9x2ab-00000000/a.png', headers: { host: good.host! } })],
    ])('%s: 401 unauthorized', async (_name, probe) => {
      expectRefusal(await request(port, probe()), 401, 'unauthorized', 'error.http.noAccess');
      await stillServes();
    });
  });

  describe('a foreign Host (DNS rebinding) or Origin, even with the token', () => {
    it.each([
      'evil.com',
      'evil.com:PORT',
      '127.0.0.1.evil.com',
      '127.0.0.1.evil.com:PORT',
      'localhost.evil.com:PORT',
      '127.0.0.1:PORT.evil.com',
      '127.0.0.1:PORT@evil.com',
      '127.0.0.2:PORT',
      '[::1]:PORT',
      '0.0.0.0:PORT',
      '127.0.0.1',
    ])('Host: %s: 400 bad-request', async (host) => {
      const named = host.replace('PORT', String(port));
      expectRefusal(
        await request(port, api({ ...good, host: named })),
        400,
        'bad-request',
        'error.http.unknownAddress',
      );
      expectRefusal(await request(port, { headers: { host: named } }), 400, 'bad-request', 'error.http.unknownAddress');
      await stillServes();
    });

    it('no Host at all (HTTP/1.0): 400 bad-request', async () => {
      const answer = await rawExchange(port, 'GET / HTTP/1.0\r\n\r\n');
      expectRefusal(answer, 400, 'bad-request', 'error.http.unknownAddress');
      await stillServes();
    });

    it.each([
      'http://evil.com',
      'https://127.0.0.1.evil.com',
      'http://127.0.0.1:1',
      'http://localhost',
      'null',
      'file://',
    ])('Origin: %s: 401 unauthorized', async (origin) => {
      expectRefusal(await request(port, api({ ...good, origin })), 401, 'unauthorized', 'error.http.crossSite');
      await stillServes();
    });

    it.each(['cross-site', 'same-site'])('Sec-Fetch-Site: %s: 401 unauthorized', async (site) => {
      const answer = await request(port, api({ ...good, 'sec-fetch-site': site }));
      expectRefusal(answer, 401, 'unauthorized', 'error.http.crossSite');
      await stillServes();
    });
  });

  describe('a path that tries to leave the renderer folder', () => {
    it.each([
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%252e%252e%252fsecret.txt',
      '/%25252e%25252e%25252fsecret.txt',
      '/..\\secret.txt',
      '/assets\\..\\..\\secret.txt',
      '/%5c..%5csecret.txt',
      '/..%5c..%5csecret.txt',
      '/.env',
      '/%2eenv',
      '/index.html%00',
      '/%00',
      '/secret.txt%00.js',
      '/%c0%ae%c0%ae/secret.txt',
    ])('%s: 404 not-found, nothing of the file', async (urlPath) => {
      const answer = await request(port, { path: urlPath, headers: { host: good.host! } });
      expectRefusal(answer, 404, 'not-found', 'error.http.fileNotFound');
      await stillServes();
    });

    it.each([
      '/media/m3k9x2ab-00000000/..%2f..%2f..%2fsecret.txt',
      '/media/..%2f..%2fsecret.txt/a.png',
      '/media/m3k9x2ab-00000000/%2e%2e%5c%2e%2e%5csecret.txt',
      '/media/m3k9x2ab-00000000/a.png%00.txt',
    ])('%s (signed in): 404 not-found', async (urlPath) => {
      const answer = await request(port, { path: urlPath, headers: good });
      expectRefusal(answer, 404, 'not-found', 'error.http.imageNotFound');
      await stillServes();
    });

    it('a raw NUL byte in the path: 400 bad-request', async () => {
      const answer = await rawExchange(port, `GET /index.html\u0000.js HTTP/1.1\r\nHost: ${good.host}\r\n\r\n`);
      expectRefusal(answer, 400, 'bad-request');
      await stillServes();
    });
  });

  describe('bodies too large or too deep, and requests that are not HTTP', () => {
    it('a declared body over 64 MB: 413, before it is read', async () => {
      const answer = await rawExchange(
        port,
        `POST /api/app.info HTTP/1.1\r\nHost: ${good.host}\r\nAuthorization: ${good.authorization}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${65 * 1024 * 1024}\r\n\r\n{}`,
      );
      expectRefusal(answer, 413, 'bad-request', 'error.http.tooLarge');
      await stillServes();
    });

    it('a body nesting 100,000 quotes deep: 400 invalid-argument, nested too deeply', async () => {
      const answer = await request(port, {
        path: '/api/article.save',
        method: 'POST',
        headers: good,
        body: deepArticleSave(100_000),
      });
      expectRefusal(answer, 400, 'invalid-argument', 'error.api.tooDeep');
      await stillServes();
    });

    it('a JSON body of a million nested arrays: 400 invalid-argument', async () => {
      const deep = `{"a":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
      expectRefusal(await request(port, api(good, deep)), 400, 'invalid-argument');
      await stillServes();
    });

    it('headers over 16 KB: 431 bad-request', async () => {
      const answer = await rawExchange(
        port,
        `GET / HTTP/1.1\r\nHost: ${good.host}\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
      );
      expectRefusal(answer, 431, 'bad-request');
      await stillServes();
    });

    it('bytes that are not an HTTP request: 400 bad-request', async () => {
      expectRefusal(await rawExchange(port, 'HELLO\r\n\r\n'), 400, 'bad-request');
      expectRefusal(
        await rawExchange(port, 'GET / HTTP/1.1\r\nHost: a b c\r\nBroken header\r\n\r\n'),
        400,
        'bad-request',
      );
      await stillServes();
    });
  });
});
