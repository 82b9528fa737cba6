import http from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoginCodes, type LoginCodes } from '../../../electron/web/login-codes';
import { loadSessionSecret } from '../../../electron/web/session-secret';
import { startWebHost, type WebHost } from '../../../electron/web/web-host';
import { createTestApp, type TestApp } from '../../fixtures/test-app';
import { useTempDirs } from '../../fixtures/temp-dir';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: body === undefined ? 'GET' : 'POST', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `name=value` of the cookie a sign-in answer sets, as the browser sends it back. */
function cookieOf(answer: Answer): string {
  const set = answer.headers['set-cookie']?.[0];
  if (!set) throw new Error(`no cookie set; status ${answer.status}`);
  return set.split(';')[0] ?? '';
}

const listLibrary = (port: number, headers: Record<string, string>) =>
  request(port, '/api/library.list', { 'content-type': 'application/json', ...headers }, '{}');

describe('web host: sign-in by a one-time code swapped for a cookie', () => {
  const tempDir = useTempDirs('shpalta-web-sign-in-');
  const open: { app: TestApp; host: WebHost }[] = [];

  afterEach(async () => {
    for (const { app, host } of open.splice(0)) {
      await host.close();
      app.services.dispose();
    }
  });

  async function start(
    options: { root?: string; port?: number; loginCodes?: LoginCodes; onStaleLogin?: () => void } = {},
  ) {
    const root = options.root ?? (await tempDir());
    const rendererDir = path.join(root, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Шпальта</title>');
    const app = await createTestApp(root, 'browser');
    const host = await startWebHost({
      handlers: app.services.handlers,
      bus: app.services.bus,
      token: await loadSessionSecret(app.userDataDir),
      rendererDir,
      port: options.port ?? 0,
      logger: { error: () => undefined },
      loginCodes: options.loginCodes,
      onStaleLogin: options.onStaleLogin,
    });
    open.push({ app, host });
    return { app, host, root };
  }

  const loginPath = (host: WebHost) => new URL(host.loginUrl()).pathname + new URL(host.loginUrl()).search;

  it('swaps a live code for an HttpOnly, SameSite=Strict cookie and sends the browser to the clean address', async () => {
    const { host } = await start();
    const answer = await request(host.port, loginPath(host));
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    expect(answer.headers['cache-control']).toBe('no-store');
    const set = answer.headers['set-cookie']?.[0] ?? '';
    expect(set).toMatch(new RegExp(`^shpalta-session-${host.port}=[A-Za-z0-9_-]{32,};`));
    const flags = set.split(';').map((part) => part.trim());
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));

    const cookie = cookieOf(answer);
    expect((await listLibrary(host.port, {})).status).toBe(401);
    const listed = await listLibrary(host.port, { cookie });
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toHaveProperty('articles');
  });

  it('a code works once: used again it sets no cookie, and a new address is printed', async () => {
    let stale = 0;
    const { host } = await start({ onStaleLogin: () => (stale += 1) });
    const once = loginPath(host);
    expect((await request(host.port, once)).headers['set-cookie']).toHaveLength(1);
    const again = await request(host.port, once);
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe('/');
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(stale).toBe(1);
    // Another site's page pointing at the address fills no terminal with new codes.
    await request(host.port, once, { 'sec-fetch-site': 'cross-site' });
    expect(stale).toBe(1);
  });

  it('an expired code sets no cookie', async () => {
    let now = 0;
    const { host } = await start({ loginCodes: createLoginCodes(60_000, () => now) });
    const expired = loginPath(host);
    const live = loginPath(host);
    now = 60_000;
    expect((await request(host.port, expired)).headers['set-cookie']).toBeUndefined();
    expect((await request(host.port, live)).headers['set-cookie']).toBeUndefined();
    now = 0;
    expect((await request(host.port, loginPath(host))).headers['set-cookie']).toHaveLength(1);
  });

  it('a cookie from before a restart (same user-data folder, same port) still signs in', async () => {
    const first = await start();
    const cookie = cookieOf(await request(first.host.port, loginPath(first.host)));
    const { port } = first.host;
    await first.host.close();
    first.app.services.dispose();
    open.splice(0);

    await start({ root: first.root, port });
    expect((await listLibrary(port, { cookie })).status).toBe(200);
  });

  it('a cookie made for another folder (another secret) does not sign in', async () => {
    const one = await start();
    const other = await start();
    const cookie = cookieOf(await request(one.host.port, loginPath(one.host)));
    const forged = cookie.replace(`-${one.host.port}=`, `-${other.host.port}=`);
    expect((await listLibrary(other.host.port, { cookie: forged })).status).toBe(401);
  });

  it('refuses the cookie on requests a page of another origin made (another port of 127.0.0.1 is the same site)', async () => {
    const { host } = await start();
    const cookie = cookieOf(await request(host.port, loginPath(host)));
    const otherPort = `http://127.0.0.1:${host.port + 1}`;
    expect((await listLibrary(host.port, { cookie, origin: otherPort })).status).toBe(401);
    expect((await listLibrary(host.port, { cookie, 'sec-fetch-site': 'same-site' })).status).toBe(401);
    expect((await request(host.port, '/api/events', { cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(401);
    const own = { cookie, origin: host.origin, 'sec-fetch-site': 'same-origin' };
    expect((await listLibrary(host.port, own)).status).toBe(200);
  });
});
