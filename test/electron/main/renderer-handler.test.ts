import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRendererHandler } from '../../../electron/main/renderer-handler';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/security-headers';

describe('createRendererHandler (app://shpalta/)', () => {
  let base: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'shpalta-protocol-'));
    const root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Шпальта</title>');
    await writeFile(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1);');
    await writeFile(path.join(base, 'secret.txt'), 'outside the renderer folder');
    handle = createRendererHandler(root);
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves index.html at the root with the CSP header', async () => {
    const response = await get('app://shpalta/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Шпальта</title>');
  });

  it('serves assets with their type, cached for long', async () => {
    const response = await get('app://shpalta/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('falls back to index.html for app routes', async () => {
    const response = await get('app://shpalta/articles/some-id');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Шпальта</title>');
  });

  it('answers 404 for a missing file with an extension', async () => {
    expect((await get('app://shpalta/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://shpalta/%2e%2e/secret.txt',
    'app://shpalta/..%2fsecret.txt',
    'app://shpalta/assets/..%2f..%2fsecret.txt',
    'app://shpalta/%2e%2e%5csecret.txt',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const response = await get(url);
    const body = await response.text();
    expect(body).not.toContain('outside the renderer folder');
  });

  it('refuses other hosts of the scheme', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://shpalta/', 'POST')).status).toBe(405);
    const head = await get('app://shpalta/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
