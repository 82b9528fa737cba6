import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeptOriginals, ORIGINALS_DIR } from '../../../../electron/services/media/kept-originals';
import { expectCode } from '../../../fixtures/api-errors';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { jpeg, png } from '../../../fixtures/images';
import { sha256 } from '../../../fixtures/sha256';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { createTestApp, type TestApp } from '../../../fixtures/test-app';

const tempDir = useTempDirs('shpalta-originals-');
/** A camera original's header (all the service reads), with 20 kB of EXIF-sized data before the frame. */
const ORIGINAL = jpeg(6000, 4000, 20_000);
const RENDITION = jpeg(2560, 1707);
const POSIX = process.platform !== 'win32';

/** Every file under a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe('media.keepOriginal', () => {
  let app: TestApp | null = null;
  afterEach(() => {
    app?.services.dispose();
    app = null;
  });

  /** A real app with one new article whose body got the rendition through media.import. */
  async function appWithRendition(): Promise<{ app: TestApp; articleId: string; src: string }> {
    app = await createTestApp(await tempDir());
    const { article } = await app.services.handlers['article.create']({ headline: 'Обстріл' });
    const { src } = await app.services.handlers['media.import']({
      articleId: article.id,
      fileName: 'IMG_0412.jpg',
      base64: RENDITION.toString('base64'),
    });
    return { app, articleId: article.id, src };
  }

  it('keeps the original byte for byte in <userData>/originals, named after its rendition, for this user alone', async () => {
    const { app, articleId, src } = await appWithRendition();
    const libraryBefore = await filesUnder(app.libraryPath);
    const answer = await app.services.handlers['media.keepOriginal']({
      articleId,
      src,
      fileName: 'IMG_0412.JPG',
      base64: ORIGINAL.toString('base64'),
    });
    expect(answer).toEqual({});

    const folder = path.join(app.userDataDir, ORIGINALS_DIR, articleId);
    expect(src).toBe(`media/${sha256(RENDITION)}.jpg`);
    expect(await readdir(folder)).toEqual([`${sha256(RENDITION)}.jpg`]);
    const kept = path.join(folder, `${sha256(RENDITION)}.jpg`);
    expect((await readFile(kept)).equals(ORIGINAL)).toBe(true);
    if (POSIX) {
      expect((await stat(kept)).mode & 0o777).toBe(0o600);
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
    }
    // The library did not get a byte of it: the same files as before, none with the original's bytes.
    expect(await filesUnder(app.libraryPath)).toEqual(libraryBefore);
    expect(path.relative(app.libraryPath, kept).startsWith('..')).toBe(true);
    for (const file of libraryBefore) {
      expect((await readFile(path.join(app.libraryPath, file))).includes(ORIGINAL.subarray(0, 200)), file).toBe(false);
    }
  });

  it('refuses an article id or a src that would lead out of its folder, in words, and writes nothing', async () => {
    const { app, articleId, src } = await appWithRendition();
    const base64 = ORIGINAL.toString('base64');
    const keep = app.services.handlers['media.keepOriginal'];
    const hash = sha256(RENDITION);
    for (const bad of [
      { articleId: '../../escape', src },
      { articleId: '..', src },
      { articleId: 'a/b', src },
      { articleId: '/tmp/x', src },
      { articleId, src: `media/../../../${hash}.jpg` },
      { articleId, src: `media/${hash}.jpg/../../../../escape` },
      { articleId, src: '../article.json' },
      { articleId, src: `/media/${hash}.jpg` },
      { articleId, src: `media\\..\\${hash}.jpg` },
    ]) {
      const error = await expectCode(keep({ ...bad, fileName: 'IMG.jpg', base64 }), 'invalid-argument');
      expect(error.reason.key, JSON.stringify(bad)).toBe('media.rendition.badPlace');
    }
    expect(await readdir(app.userDataDir)).not.toContain(ORIGINALS_DIR);
    expect(await readdir(app.root)).toEqual(expect.arrayContaining(['user-data', 'Шпальта']));
    expect((await readdir(app.root)).length).toBe(2);
  });

  it('refuses what is not an image, by its bytes', async () => {
    const { app, articleId, src } = await appWithRendition();
    const error = await expectCode(
      app.services.handlers['media.keepOriginal']({
        articleId,
        src,
        fileName: 'IMG.jpg',
        base64: Buffer.from('not a photo at all').toString('base64'),
      }),
      'invalid-argument',
    );
    expect(error.reason).toEqual({ key: 'error.media.notImage', params: { name: 'IMG.jpg' } });
  });

  it('keeps a PNG under its own extension', async () => {
    const { app, articleId, src } = await appWithRendition();
    const original = png(3000, 2000);
    await app.services.handlers['media.keepOriginal']({
      articleId,
      src,
      fileName: 'скриншот',
      base64: original.toString('base64'),
    });
    const kept = path.join(app.userDataDir, ORIGINALS_DIR, articleId, `${sha256(RENDITION)}.png`);
    expect((await readFile(kept)).equals(original)).toBe(true);
  });

  it('never writes inside the library: a data folder there, or linked into it, is refused', async () => {
    const root = await tempDir();
    const library = path.join(root, 'Шпальта');
    await mkdir(library);
    const request = { articleId: 'a1', src: `media/${sha256(RENDITION)}.jpg`, fileName: 'IMG.jpg', bytes: ORIGINAL };

    const inside = new KeptOriginals(path.join(library, 'дані', ORIGINALS_DIR), () => library);
    expect((await expectCode(inside.keep(request), 'invalid-argument')).reason.key).toBe(
      'media.rendition.insideLibrary',
    );

    const linked = path.join(root, 'linked-originals');
    await symlink(library, linked, 'junction');
    const throughLink = new KeptOriginals(linked, () => library);
    expect((await expectCode(throughLink.keep(request), 'invalid-argument')).reason.key).toBe(
      'media.rendition.insideLibrary',
    );
    expect(await filesUnder(library)).toEqual([]);
  });

  it('says why in words when the disk refuses, and the next try after the cause is gone works', async () => {
    const root = await tempDir();
    const blocked = path.join(root, 'user-data', ORIGINALS_DIR);
    await mkdir(path.dirname(blocked));
    await writeFile(blocked, 'a file where the folder should be');
    const originals = new KeptOriginals(blocked, () => path.join(root, 'Шпальта'));
    const request = { articleId: 'a1', src: `media/${sha256(RENDITION)}.jpg`, fileName: 'IMG.jpg', bytes: ORIGINAL };
    const error = await expectCode(originals.keep(request), 'io-error');
    expect(error.reason.key).toBe('media.rendition.keepFailed');
    expect(error.reason.params?.name).toBe('IMG.jpg');

    await import('node:fs/promises').then((fs) => fs.rm(blocked));
    await originals.keep(request);
    expect((await readFile(path.join(blocked, 'a1', `${sha256(RENDITION)}.jpg`))).equals(ORIGINAL)).toBe(true);
  });
});

describe('kept originals go with their article when it is deleted for good', () => {
  let app: TestApp | null = null;
  afterEach(() => {
    app?.services.dispose();
    app = null;
  });

  /** A real app with an article (given) whose large photo's original was kept, as the page keeps it. */
  async function keepOriginalOf(testApp: TestApp, headline: string): Promise<{ articleId: string; folder: string }> {
    const { handlers } = testApp.services;
    const { article } = await handlers['article.create']({ headline });
    const { src } = await handlers['media.import']({
      articleId: article.id,
      fileName: 'IMG.jpg',
      base64: RENDITION.toString('base64'),
    });
    await handlers['media.keepOriginal']({
      articleId: article.id,
      src,
      fileName: 'IMG.JPG',
      base64: ORIGINAL.toString('base64'),
    });
    const folder = path.join(testApp.userDataDir, ORIGINALS_DIR, article.id);
    expect(await readdir(folder)).toEqual([`${sha256(RENDITION)}.jpg`]);
    return { articleId: article.id, folder };
  }

  it('stay while the article is in the trash; go when it is purged, and only its own', async () => {
    app = await createTestApp(await tempDir());
    const { handlers } = app.services;
    const deleted = await keepOriginalOf(app, 'Обстріл');
    const other = await keepOriginalOf(app, 'Повінь');

    await handlers['article.trash']({ id: deleted.articleId });
    // The trash can be undone: the originals wait.
    expect(await readdir(deleted.folder)).toEqual([`${sha256(RENDITION)}.jpg`]);

    expect(await handlers['article.purge']({ id: deleted.articleId })).toEqual({});
    await expect(stat(deleted.folder)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(other.folder)).toEqual([`${sha256(RENDITION)}.jpg`]);
    expect(await readdir(path.join(app.userDataDir, ORIGINALS_DIR))).toEqual([other.articleId]);
  });

  it('purging an article that never had any is fine, and makes no folder', async () => {
    app = await createTestApp(await tempDir());
    const { handlers } = app.services;
    const { article } = await handlers['article.create']({ headline: 'Без фото' });
    await handlers['article.trash']({ id: article.id });
    expect(await handlers['article.purge']({ id: article.id })).toEqual({});
    expect(await readdir(app.userDataDir)).not.toContain(ORIGINALS_DIR);
    expect((await handlers['library.trash']({})).items).toEqual([]);
  });

  it('a folder that cannot be removed is logged; the purge stands', async () => {
    const faulty = new FaultyFileSystem();
    const logged: Array<{ message: string; error: unknown }> = [];
    app = await createTestApp(await tempDir(), 'browser', {
      fs: faulty.fs,
      logger: { error: (message, error) => logged.push({ message, error }) },
    });
    const { handlers } = app.services;
    const { articleId, folder } = await keepOriginalOf(app, 'Обстріл');
    await handlers['article.trash']({ id: articleId });
    const fault = faulty.fail('rm', 'EBUSY', { when: (target) => target === folder });

    expect(await handlers['article.purge']({ id: articleId })).toEqual({});
    expect(fault.hits).toBe(1);
    expect((await handlers['library.trash']({})).items).toEqual([]);
    expect(logged.map((entry) => entry.message)).toEqual(['kept originals cleanup failed']);
    expect(logged[0]?.error).toMatchObject({ code: 'EBUSY' });
    // The folder stays as it was, and the log says why; nothing else was touched.
    expect(await readdir(folder)).toEqual([`${sha256(RENDITION)}.jpg`]);
  });

  it('KeptOriginals.forget touches only a folder named by an article id', async () => {
    const root = await tempDir();
    const dir = path.join(root, ORIGINALS_DIR);
    await mkdir(path.join(dir, 'a1'), { recursive: true });
    await writeFile(path.join(root, 'keep-me'), 'not an original');
    const originals = new KeptOriginals(dir, () => path.join(root, 'Шпальта'));
    for (const id of ['..', '../..', '', 'a/b', '/tmp', 'A1']) await originals.forget(id);
    expect(await readdir(root)).toEqual(expect.arrayContaining(['keep-me', ORIGINALS_DIR]));
    expect(await readdir(dir)).toEqual(['a1']);
    await originals.forget('a1');
    expect(await readdir(dir)).toEqual([]);
  });
});
