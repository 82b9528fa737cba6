import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../../electron/host/static-files';
import { useTempDirs } from '../../fixtures/temp-dir';

const INDEX = '<!doctype html><title>Шпальта</title><script type="module" src="/assets/app.js"></script>';

async function writeRenderer(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), INDEX);
  await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(path.join(dir, 'assets', 'style.css'), 'body{}');
  await writeFile(path.join(dir, '.env'), 'SECRET=1');
}

describe('readStaticFile', () => {
  const tempDir = useTempDirs('shpalta-static-');
  let parent: string;
  let root: string;

  beforeEach(async () => {
    parent = await tempDir();
    root = path.join(parent, 'renderer');
    await writeRenderer(root);
    await writeFile(path.join(parent, 'secret.txt'), 'TOP SECRET');
  });

  it('serves index.html for / with an HTML type and no long-term caching', async () => {
    const file = await readStaticFile(root, '/');
    expect(file?.body.toString('utf8')).toBe(INDEX);
    expect(file?.contentType).toBe('text/html; charset=utf-8');
    expect(file?.immutable).toBe(false);
  });

  it('serves hashed assets with their type, cacheable for long', async () => {
    const js = await readStaticFile(root, '/assets/app.js');
    expect(js?.contentType).toBe('text/javascript; charset=utf-8');
    expect(js?.immutable).toBe(true);
    expect((await readStaticFile(root, '/assets/style.css'))?.contentType).toBe('text/css; charset=utf-8');
  });

  it('serves the spelling dictionary and its licence as UTF-8 text, revalidated rather than cached for long', async () => {
    const folder = path.join(root, 'dictionaries', 'uk');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.aff'), 'SET UTF-8\n');
    await writeFile(path.join(folder, 'index.dic'), '1\nслово\n');
    await writeFile(path.join(folder, 'LICENSE'), 'GPL-3.0');
    for (const name of ['index.aff', 'index.dic', 'LICENSE']) {
      const file = await readStaticFile(root, `/dictionaries/uk/${name}`);
      expect(file?.contentType).toBe('text/plain; charset=utf-8');
      expect(file?.immutable).toBe(false);
    }
    expect((await readStaticFile(root, '/dictionaries/uk/index.dic'))?.body.toString('utf8')).toBe('1\nслово\n');
  });

  it('falls back to index.html for app routes, but not for missing files', async () => {
    expect((await readStaticFile(root, '/articles/abc-1'))?.body.toString('utf8')).toBe(INDEX);
    expect(await readStaticFile(root, '/assets/missing.js')).toBeNull();
  });

  it.each([
    ['/../secret.txt'],
    ['/..%2fsecret.txt'],
    ['/%2e%2e%2fsecret.txt'],
    ['/assets/..%2f..%2fsecret.txt'],
    ['/assets/%2e%2e/%2e%2e/secret.txt'],
    ['/.env'],
    ['/%2eenv'],
    ['/assets/../index.html'],
    ['/index.html%00.js'],
    ['/%E0%A4%A'],
  ])('refuses %j', async (urlPath) => {
    expect(await readStaticFile(root, urlPath)).toBeNull();
  });

  it('index.html is not marked immutable when the renderer folder itself sits under a folder named "assets"', async () => {
    const nested = path.join(parent, 'assets', 'app', 'renderer');
    await writeRenderer(nested);
    const index = await readStaticFile(nested, '/');
    expect(index?.body.toString('utf8')).toBe(INDEX);
    expect(index?.immutable).toBe(false);
  });
});
