import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMediaHandler } from '../../../electron/main/media-handler';
import { libraryMediaReader, MEDIA_CSP } from '../../../electron/host/media-route';
import { sha256 } from '../../fixtures/sha256';
import { useTempDirs } from '../../fixtures/temp-dir';

const JPEG = Buffer.from('ffd8ffe000104a464946000101', 'hex');
const ID = 'm3k9x2ab-5f1c9e0d';

describe('createMediaHandler (app://shpalta/media/…)', () => {
  const tempDir = useTempDirs('shpalta-app-media-');
  let handle: (request: Request) => Promise<Response | null>;
  let file: string;

  beforeEach(async () => {
    const library = await tempDir();
    file = `${sha256(JPEG)}.jpg`;
    await mkdir(path.join(library, 'articles', ID, 'media'), { recursive: true });
    await writeFile(path.join(library, 'articles', ID, 'media', file), JPEG);
    await writeFile(path.join(library, 'articles', ID, 'article.json'), '{}');
    handle = createMediaHandler(libraryMediaReader(() => library));
  });

  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves an article image from the library, with the same headers as browser mode', async () => {
    const response = await get(`app://shpalta/media/${ID}/${file}`);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('image/jpeg');
    expect(response?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response?.headers.get('content-security-policy')).toBe(MEDIA_CSP);
    expect(Buffer.from(await (response as Response).arrayBuffer()).equals(JPEG)).toBe(true);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(`app://shpalta/media/${ID}/${file}`, 'HEAD');
    expect(head?.status).toBe(200);
    expect(await head?.text()).toBe('');
    expect((await get(`app://shpalta/media/${ID}/${file}`, 'POST'))?.status).toBe(405);
  });

  it('answers 404 for article.json, other names and missing files', async () => {
    for (const url of [
      `app://shpalta/media/${ID}/article.json`,
      `app://shpalta/media/${ID}/${sha256('missing')}.jpg`,
      `app://shpalta/media/other-id/${file}`,
      `app://shpalta/media/${ID}/%2e%2e/article.json`,
      `app://shpalta/media/${ID}/../article.json`,
      `app://shpalta/media/${ID}`,
    ]) {
      expect((await get(url))?.status, url).toBe(404);
    }
  });

  it('leaves paths outside /media/, and other origins, to the renderer handler', async () => {
    expect(await get('app://shpalta/')).toBeNull();
    expect(await get('app://shpalta/assets/index.js')).toBeNull();
    expect(await get(`app://elsewhere/media/${ID}/${file}`)).toBeNull();
  });
});
