import http from 'node:http';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryMediaReader, MEDIA_CSP } from '../../../electron/host/media-route';
import { sessionCookieName } from '../../../electron/web/session-cookie';
import type { WebHost } from '../../../electron/web/web-host';
import type { TestApp } from '../../fixtures/test-app';
import { startTestWebHost, type TestWebHost } from '../../fixtures/test-web-host';
import { sha256 } from '../../fixtures/sha256';
import { useTempDirs } from '../../fixtures/temp-dir';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

/** node:http sends the path and Host header exactly as given (fetch would normalise them). */
function rawGet(port: number, urlPath: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web host: article media on /media/<articleId>/<file>', () => {
  const tempDir = useTempDirs('shpalta-web-media-');
  let app: TestApp;
  let host: WebHost;
  let token: string;
  let articleId: string;
  let src: string;

  let served: TestWebHost;

  beforeEach(async () => {
    served = await startTestWebHost(await tempDir(), {
      media: (app) => libraryMediaReader(() => app.settings.get().libraryPath),
    });
    ({ app, host, token } = served);
    const listed = await app.services.handlers['library.list']({});
    articleId = listed.articles[0]?.id ?? '';
    ({ src } = await app.services.handlers['media.import']({
      articleId,
      fileName: 'фото.png',
      base64: PNG.toString('base64'),
    }));
  });

  afterEach(() => served.close());

  const route = () => `/media/${articleId}/${src.slice('media/'.length)}`;
  /** What the page's requests carry once signed in: the session cookie. */
  const getSignedIn = (urlPath: string, headers: Record<string, string> = {}, method = 'GET') =>
    rawGet(host.port, urlPath, { cookie: `${sessionCookieName(host.port)}=${token}`, ...headers }, method);

  it('serves an imported image to the signed-in page, typed, unsniffable, cached for good', async () => {
    expect(src).toBe(`media/${sha256(PNG)}.png`);
    const response = await getSignedIn(route());
    expect(response.status).toBe(200);
    expect(Buffer.compare(response.body, PNG)).toBe(0);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-length']).toBe(String(PNG.length));
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(response.headers['content-security-policy']).toBe(MEDIA_CSP);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('accepts the Bearer header too, and answers HEAD without a body', async () => {
    const response = await rawGet(host.port, route(), { authorization: `Bearer ${token}` }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.body.length).toBe(0);
  });

  it('refuses requests without the token, or with another one', async () => {
    expect((await rawGet(host.port, route())).status).toBe(401);
    expect((await rawGet(host.port, `${route()}?token=${token}`)).status).toBe(401);
    expect((await rawGet(host.port, route(), { cookie: `${sessionCookieName(host.port)}=wrong` })).status).toBe(401);
    expect((await rawGet(host.port, route(), { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('keeps the Host check: a rebinding page cannot read images', async () => {
    const response = await getSignedIn(route(), { host: `evil.example:${host.port}` });
    expect(response.status).toBe(400);
    expect(response.body.includes(PNG)).toBe(false);
  });

  it('only GET and HEAD', async () => {
    expect((await getSignedIn(route(), {}, 'POST')).status).toBe(405);
    expect((await getSignedIn(route(), {}, 'DELETE')).status).toBe(405);
  });

  it('answers 404 for names outside the media pattern, other articles and missing files', async () => {
    const file = src.slice('media/'.length);
    const articleDir = path.join(app.libraryPath, 'articles', articleId);
    await writeFile(path.join(app.libraryPath, 'secret.png'), 'secret');
    for (const urlPath of [
      `/media/${articleId}/article.json`,
      `/media/${articleId}/..%2Farticle.json`,
      `/media/${articleId}/%2e%2e/%2e%2e/secret.png`,
      `/media/${articleId}/../../secret.png`,
      `/media/${articleId}/${file.toUpperCase()}`,
      `/media/other-article/${file}`,
      `/media/${articleId}/${sha256('missing')}.png`,
      `/media/${articleId}`,
    ]) {
      const response = await getSignedIn(urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(response.body.includes(PNG), urlPath).toBe(false);
      expect(response.body.toString()).not.toContain(articleDir);
    }
  });

  it('does not follow a symbolic link planted in the media folder', async () => {
    const secret = path.join(app.root, 'secret.txt');
    await writeFile(secret, 'TOP SECRET');
    const linked = `${sha256('link')}.png`;
    await symlink(secret, path.join(app.libraryPath, 'articles', articleId, 'media', linked));
    const response = await getSignedIn(`/media/${articleId}/${linked}`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('TOP SECRET');
  });

  it('serves an SVG as an image in a sandbox, so opened on its own it runs nothing', async () => {
    // media.import refuses SVG; one may still arrive with a file from an older version or another app.
    const svg = `${sha256(SVG)}.svg`;
    await writeFile(path.join(app.libraryPath, 'articles', articleId, 'media', svg), SVG);
    const response = await getSignedIn(`/media/${articleId}/${svg}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['content-security-policy']).toContain('sandbox');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('follows the library when Settings point to another one', async () => {
    const next = path.join(app.root, 'Інша бібліотека');
    await app.services.handlers['settings.update']({ libraryPath: next });
    expect((await getSignedIn(route())).status).toBe(404);
  });
});
