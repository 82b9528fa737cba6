import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import type { Article } from '../../../../shared/domain/article';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { isSafeMediaPath, mediaExtension, mediaReferences } from '../../../../electron/services/library/media';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { expectCode, inUkrainian } from '../../../fixtures/api-errors';
import { sha256 } from '../../../fixtures/sha256';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946000101', 'hex');

describe('media helpers', () => {
  it('mediaExtension knows image names only, in any case, and writes jpeg as jpg', () => {
    expect(mediaExtension('фото.PNG')).toBe('png');
    expect(mediaExtension('a.jpeg')).toBe('jpg');
    expect(mediaExtension('a.JPG')).toBe('jpg');
    expect(mediaExtension('a.webp')).toBe('webp');
    expect(mediaExtension('a.svg')).toBe('svg');
    expect(mediaExtension('звіт.pdf')).toBeNull();
    expect(mediaExtension('script.png.exe')).toBeNull();
    expect(mediaExtension('png')).toBeNull();
    expect(mediaExtension('')).toBeNull();
  });

  it('isSafeMediaPath accepts only media/<sha256>.<ext>', () => {
    const hash = sha256('x');
    expect(isSafeMediaPath(`media/${hash}.png`)).toBe(true);
    expect(isSafeMediaPath('media/../../x.png')).toBe(false);
    expect(isSafeMediaPath(`media/../${hash}.png`)).toBe(false);
    expect(isSafeMediaPath(`media/${hash}.png/../../../etc/passwd`)).toBe(false);
    expect(isSafeMediaPath('/etc/passwd')).toBe(false);
    expect(isSafeMediaPath(`/media/${hash}.png`)).toBe(false);
    expect(isSafeMediaPath(`media\\${hash}.png`)).toBe(false);
    expect(isSafeMediaPath('media/photo.png')).toBe(false);
  });
});

describe('LibraryStore: media', () => {
  const tempDir = useTempDirs('shpalta-media-');
  let root: string;
  let faulty: FaultyFileSystem;
  let store: LibraryStore;

  beforeEach(async () => {
    root = path.join(await tempDir(), 'Шпальта');
    faulty = new FaultyFileSystem();
    store = new LibraryStore(root, { fs: faulty.fs });
    await store.ensure();
  });

  async function writeRaw(article: Article): Promise<void> {
    await writeFile(store.articleFilePath(article.id), serializeArticle(article));
  }

  describe('importMedia', () => {
    it('stores the image as media/<sha256>.<ext>, and the same bytes twice only once', async () => {
      const { article } = await store.create('З фото');
      const first = await store.importMedia(article.id, 'Фото з місця події.PNG', PNG);
      expect(first.src).toBe(`media/${sha256(PNG)}.png`);
      expect(await readFile(path.join(store.articleDir(article.id), first.src))).toEqual(PNG);

      const again = await store.importMedia(article.id, 'інша-назва.png', PNG);
      expect(again).toEqual(first);
      const jpeg = await store.importMedia(article.id, 'кадр.jpeg', JPEG);
      expect(jpeg.src).toBe(`media/${sha256(JPEG)}.jpg`);

      expect((await readdir(path.join(store.articleDir(article.id), 'media'))).sort()).toEqual(
        [`${sha256(PNG)}.png`, `${sha256(JPEG)}.jpg`].sort(),
      );
    });

    it('the second import of the same bytes does not rewrite the file', async () => {
      const { article } = await store.create('З фото');
      await store.importMedia(article.id, 'a.png', PNG);
      const writesBefore = faulty.calls.filter((c) => c.operation === 'open').length;
      await store.importMedia(article.id, 'b.png', PNG);
      expect(faulty.calls.filter((c) => c.operation === 'open').length).toBe(writesBefore);
    });

    it('refuses a file that is not an image, in Ukrainian, and writes nothing', async () => {
      const { article } = await store.create('З фото');
      const error = await expectCode(store.importMedia(article.id, 'звіт.pdf', PNG), 'invalid-argument');
      expect(inUkrainian(error)).toContain('«звіт.pdf»');
      expect(inUkrainian(error)).toContain('зображення');
      expect(existsSync(path.join(store.articleDir(article.id), 'media'))).toBe(false);
    });

    it('an unknown article is not-found and no folder is made for it', async () => {
      await expectCode(store.importMedia('no-such-article', 'a.png', PNG), 'not-found');
      expect(existsSync(store.articleDir('no-such-article'))).toBe(false);
    });
  });

  describe('missing and unsafe media in scan() and inspect()', () => {
    it('a referenced media file that is missing is damaged (path + Ukrainian reason); the article is still listed', async () => {
      const { article } = await store.create('Стаття без свого фото');
      const { src: present } = await store.importMedia(article.id, 'є.png', PNG);
      const missing = `media/${sha256('never imported')}.jpg`;
      const withImages: Article = {
        ...article,
        featuredImage: { src: missing, alt: '', caption: '', credit: '' },
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] },
            { type: 'figure', content: [{ type: 'image', attrs: { src: present, alt: 'є' } }] },
          ],
        },
      };
      await writeRaw(withImages);

      const inspected = await store.inspect(article.id);
      expect(inspected.article?.article.id).toBe(article.id);
      expect(inspected.damaged).toEqual([
        {
          path: path.join(store.articleDir(article.id), missing),
          reason: message('damaged.mediaMissing', { title: 'Стаття без свого фото' }),
        },
      ]);

      const scan = await store.scan();
      expect(scan.articles.map((a) => a.article.id)).toContain(article.id);
      expect(scan.damaged).toEqual(inspected.damaged);
    });

    it('a missing image inside the body and as the share image is found too', async () => {
      const { article } = await store.create('');
      const inBody = `media/${sha256('body')}.png`;
      const share = `media/${sha256('share')}.webp`;
      await writeRaw({
        ...article,
        share: { title: '', description: '', image: share },
        body: {
          type: 'doc',
          content: [{ type: 'blockquote', content: [{ type: 'image', attrs: { src: inBody } }] }],
        },
      });

      const { damaged } = await store.inspect(article.id);
      expect(damaged.map((d) => d.path).sort()).toEqual(
        [inBody, share].map((src) => path.join(store.articleDir(article.id), src)).sort(),
      );
      // No headline: the reason names the article by its id.
      for (const d of damaged) expect(d.reason).toEqual(message('damaged.mediaMissing', { title: article.id }));
    });

    it('media/../../x.png is reported as outside the article folder and is never opened', async () => {
      const { article } = await store.create('Підозріла');
      const escaping = 'media/../../x.png';
      await writeFile(path.join(store.articlesDir, 'x.png'), PNG); // it exists: it must still not be used
      await writeRaw({ ...article, featuredImage: { src: escaping, alt: '', caption: '', credit: '' } });
      faulty.calls.length = 0;

      const { article: found, damaged } = await store.inspect(article.id);
      expect(found?.article.id).toBe(article.id);
      expect(damaged).toHaveLength(1);
      expect(damaged[0]?.reason).toEqual(message('damaged.mediaOutside'));
      expect(damaged[0]?.path).toContain('x.png');

      const touched = faulty.touched().map((p) => path.resolve(p));
      expect(touched.length).toBeGreaterThan(0);
      // The folders above it are looked at too (lstat): the guard against symbolic links walks down from the root.
      const dir = store.articleDir(article.id);
      for (const p of touched) expect(p.startsWith(dir) || dir.startsWith(p)).toBe(true);
    });

    async function writeAbsolutePaths(): Promise<string> {
      const { article } = await store.create('Абсолютний шлях');
      await writeRaw({
        ...article,
        featuredImage: { src: '/etc/passwd', alt: '', caption: '', credit: '' },
        body: { type: 'doc', content: [{ type: 'image', attrs: { src: '/etc/shadow' } }] },
      });
      faulty.calls.length = 0;
      return article.id;
    }

    it('an absolute path (/etc/passwd) as an image is never opened, and the article is still listed', async () => {
      const id = await writeAbsolutePaths();
      const { article: found } = await store.inspect(id);
      expect(found?.article.id).toBe(id);
      expect(faulty.touched().length).toBeGreaterThan(0);
      expect(faulty.touched().filter((p) => p.startsWith('/etc'))).toEqual([]);
    });

    it('an absolute path (/etc/passwd) as an image is reported as outside the article folder', async () => {
      const id = await writeAbsolutePaths();
      const { damaged } = await store.inspect(id);
      // Neither a media file of the article nor a web address: the journalist must be told.
      expect(damaged.map((d) => d.reason)).toEqual([message('damaged.mediaOutside'), message('damaged.mediaOutside')]);
    });

    it('web addresses are not media of the article and are not reported', async () => {
      const { article } = await store.create('Фото з мережі');
      await writeRaw({
        ...article,
        featuredImage: { src: 'https://example.com/a.jpg', alt: '', caption: '', credit: '' },
      });
      expect(await store.inspect(article.id)).toMatchObject({ damaged: [] });
      expect(
        mediaReferences({
          ...article,
          featuredImage: { src: 'https://example.com/a.jpg', alt: '', caption: '', credit: '' },
        }),
      ).toEqual([]);
    });
  });
});
