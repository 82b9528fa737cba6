import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import type { Article } from '../../../../shared/domain/article';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { isSafeMediaPath, mediaReferences } from '../../../../electron/services/library/media';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { expectCode, inUkrainian } from '../../../fixtures/api-errors';
import { sha256 } from '../../../fixtures/sha256';
import { jpeg, png, SVG } from '../../../fixtures/images';

const PNG = png(3, 2);
const JPEG = jpeg(40, 30);

describe('media helpers', () => {
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
      expect(first).toEqual({ src: `media/${sha256(PNG)}.png`, width: 3, height: 2 });
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
      // Opens inside the media folder: the article's lock file is opened by every import.
      const mediaWrites = () =>
        faulty.calls.filter(
          (c) => c.operation === 'open' && c.paths.some((p) => p.includes(`${path.sep}media${path.sep}`)),
        ).length;
      const writesBefore = mediaWrites();
      expect(writesBefore).toBeGreaterThan(0);
      await store.importMedia(article.id, 'b.png', PNG);
      expect(mediaWrites()).toBe(writesBefore);
    });

    it('refuses a file that is not an image whatever its name says, in Ukrainian, and writes nothing', async () => {
      const { article } = await store.create('З фото');
      const text = Buffer.from('Це не фото, а текст.');
      const error = await expectCode(store.importMedia(article.id, 'fake.png', text), 'invalid-argument');
      expect(error.reason).toEqual(message('error.media.notImage', { name: 'fake.png' }));
      expect(inUkrainian(error)).toBe('Файл «fake.png» — це не зображення. Підходять JPG, PNG, GIF, WebP і AVIF.');
      await expectCode(store.importMedia(article.id, 'звіт.pdf', Buffer.from('%PDF-1.7\n')), 'invalid-argument');
      expect(existsSync(path.join(store.articleDir(article.id), 'media'))).toBe(false);
    });

    it('refuses an SVG by name of its format: it may carry a script', async () => {
      const { article } = await store.create('З фото');
      const error = await expectCode(store.importMedia(article.id, 'схема.svg', SVG), 'invalid-argument');
      expect(error.reason).toEqual(message('error.media.unsupported', { name: 'схема.svg', format: 'SVG' }));
      expect(existsSync(path.join(store.articleDir(article.id), 'media'))).toBe(false);
    });

    it('refuses a picture of too many pixels and a cut file', async () => {
      const { article } = await store.create('З фото');
      const huge = await expectCode(
        store.importMedia(article.id, 'панорама.jpg', jpeg(20_000, 10_000)),
        'invalid-argument',
      );
      expect(huge.reason.key).toBe('error.media.tooManyPixels');
      const cut = await expectCode(
        store.importMedia(article.id, 'обрізане.png', PNG.subarray(0, 20)),
        'invalid-argument',
      );
      expect(cut.reason).toEqual(message('error.media.damaged', { name: 'обрізане.png', format: 'PNG' }));
    });

    it('stores a file under the extension of what its bytes are', async () => {
      const { article } = await store.create('З фото');
      const stored = await store.importMedia(article.id, 'перейменоване.png', JPEG);
      expect(stored).toEqual({ src: `media/${sha256(JPEG)}.jpg`, width: 40, height: 30 });
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
        featuredImage: { src: missing, alt: '', caption: '', credit: '', crops: {} },
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
      await writeRaw({ ...article, featuredImage: { src: escaping, alt: '', caption: '', credit: '', crops: {} } });
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
        featuredImage: { src: '/etc/passwd', alt: '', caption: '', credit: '', crops: {} },
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
        featuredImage: { src: 'https://example.com/a.jpg', alt: '', caption: '', credit: '', crops: {} },
      });
      expect(await store.inspect(article.id)).toMatchObject({ damaged: [] });
      expect(
        mediaReferences({
          ...article,
          featuredImage: { src: 'https://example.com/a.jpg', alt: '', caption: '', credit: '', crops: {} },
        }),
      ).toEqual([]);
    });
  });
});
