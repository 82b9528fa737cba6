import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import { worded } from '../../../support/worded';
import type { Article } from '../../../../shared/domain/article';
import { ConflictCopies } from '../../../../electron/services/library/conflict-copies';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import type { LibraryStore } from '../../../../electron/services/library/library-store';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { keptVersions, versionedStore } from '../../../fixtures/versioned-store';
import type { VersionStore } from '../../../../electron/services/versions/version-store';
import { png } from '../../../fixtures/images';
import { expectCode } from '../../../fixtures/api-errors';
import { steppingClock } from '../../../fixtures/stepping-clock';
import { sha256 } from '../../../fixtures/sha256';

const CYRILLIC = /[а-яіїєґ]/i;

const DROPBOX = "article (Olena Kovalenko's conflicted copy 2025-12-19).json";
const SYNCTHING = 'article.sync-conflict-20251219-204455-ABCDEF7.json';
const ONEDRIVE = 'article-DESKTOP-7K2L9QF.json';
const GOOGLE_DRIVE = 'article (1).json';

const PNG_A = png(2, 2, 0x41);
const PNG_B = png(2, 2, 0x42);

/** Every file under `dir` with its bytes, to prove that nothing at all changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out[path.relative(dir, full)] = (await readFile(full)).toString('base64');
    }
  };
  await walk(dir);
  return out;
}

describe('ConflictCopies', () => {
  const tempDir = useTempDirs('shpalta-conflicts-');
  let root: string;
  let faulty: FaultyFileSystem;
  let store: LibraryStore;
  let versions: VersionStore;
  let copies: ConflictCopies;
  let article: Article;
  let currentBytes: Buffer;

  beforeEach(async () => {
    const base = await tempDir();
    root = path.join(base, 'Шпальта');
    faulty = new FaultyFileSystem();
    ({ store, versions } = await versionedStore(root, path.join(base, 'data'), {
      fs: faulty.fs,
      clock: steppingClock(),
    }));
    copies = new ConflictCopies(store);
    await store.ensure();
    const created = await store.create('Наша версія');
    article = created.article;
    currentBytes = await readFile(store.articleFilePath(article.id));
  });

  /** A copy as a sync tool leaves it: the same article as another machine saved it. */
  async function putCopy(fileName: string, headline: string): Promise<Buffer> {
    const bytes = Buffer.from(serializeArticle({ ...article, headline }));
    await writeFile(path.join(store.articleDir(article.id), fileName), bytes);
    return bytes;
  }

  describe('list', () => {
    it('lists Dropbox, Syncthing, OneDrive and Google Drive copies with Ukrainian descriptions and their articles', async () => {
      const dropbox = await putCopy(DROPBOX, 'Версія Олени');
      const syncthing = await putCopy(SYNCTHING, 'Версія з ноутбука');
      const onedrive = await putCopy(ONEDRIVE, 'Версія з офісу');
      const google = await putCopy(GOOGLE_DRIVE, 'Версія з Диска');
      // Not copies: our own temp file, a stray note, media.
      await writeFile(path.join(store.articleDir(article.id), '.article.json.0123456789ab.tmp'), 'half');
      await writeFile(path.join(store.articleDir(article.id), 'notes.txt'), 'x');

      const listed = await copies.list(article.id);
      const byName = new Map(listed.map((copy) => [copy.fileName, { ...copy, description: worded(copy.description) }]));
      expect([...byName.keys()].sort()).toEqual([DROPBOX, GOOGLE_DRIVE, ONEDRIVE, SYNCTHING].sort());

      expect(byName.get(DROPBOX)).toEqual({
        fileName: DROPBOX,
        description: 'Конфліктна копія Dropbox (Olena Kovalenko, 2025-12-19)',
        hash: sha256(dropbox),
        article: { ...article, headline: 'Версія Олени' },
        reason: null,
      });
      expect(byName.get(SYNCTHING)).toMatchObject({
        description: 'Конфліктна копія Syncthing (пристрій ABCDEF7, 2025-12-19 20:44:55)',
        hash: sha256(syncthing),
        article: { headline: 'Версія з ноутбука' },
        reason: null,
      });
      expect(byName.get(ONEDRIVE)).toMatchObject({
        description: 'Конфліктна копія OneDrive (комп’ютер DESKTOP-7K2L9QF)',
        hash: sha256(onedrive),
        article: { headline: 'Версія з офісу' },
      });
      expect(byName.get(GOOGLE_DRIVE)).toMatchObject({
        description: 'Конфліктна копія, імовірно Google Drive (№ 1)',
        hash: sha256(google),
        article: { headline: 'Версія з Диска' },
      });
      for (const copy of listed) expect(worded(copy.description)).toMatch(CYRILLIC);
    });

    it('an article without copies has none, and an unknown id has none', async () => {
      expect(await copies.list(article.id)).toEqual([]);
      expect(await copies.list('no-such-article')).toEqual([]);
    });

    it('a damaged copy is listed with a reason and no article', async () => {
      const bytes = Buffer.from('{"schemaVersion": 1, "id": "trunc');
      await writeFile(path.join(store.articleDir(article.id), DROPBOX), bytes);
      const other = { ...article, id: 'some-other-id' };
      await writeFile(path.join(store.articleDir(article.id), SYNCTHING), serializeArticle(other));

      const listed = await copies.list(article.id);
      expect(listed).toHaveLength(2);
      const truncated = listed.find((c) => c.fileName === DROPBOX);
      expect(truncated).toMatchObject({ hash: sha256(bytes), article: null });
      expect(truncated?.reason).toEqual(message('damaged.notJson'));
      const foreign = listed.find((c) => c.fileName === SYNCTHING);
      expect(foreign?.article).toBeNull();
      expect(foreign?.reason).toEqual(message('damaged.idMismatch', { id: 'some-other-id' }));
    });

    it('scan() never lists a copy as an article, nor as damaged', async () => {
      await putCopy(DROPBOX, 'A');
      await putCopy(SYNCTHING, 'B');
      await putCopy(ONEDRIVE, 'C');
      await putCopy(GOOGLE_DRIVE, 'D');
      const folder = path.join(store.articlesDir, `${article.id} (conflicted copy 2025-12-19)`);
      await mkdir(folder);
      await writeFile(path.join(folder, 'article.json'), serializeArticle({ ...article, headline: 'E' }));
      const onedriveFolder = path.join(store.articlesDir, `${article.id}-DESKTOP-7K2L9QF`);
      await mkdir(onedriveFolder);
      await writeFile(path.join(onedriveFolder, 'article.json'), serializeArticle({ ...article, headline: 'F' }));

      const scan = await store.scan();
      expect(scan.damaged).toEqual([]);
      expect(scan.articles.filter((a) => a.article.id === article.id)).toHaveLength(1);
      expect(scan.articles.find((a) => a.article.id === article.id)?.article.headline).toBe('Наша версія');
      expect(scan.articles.map((a) => a.article.headline)).not.toEqual(expect.arrayContaining(['A']));
      expect(await store.articleIds()).not.toContain(`${article.id}-DESKTOP-7K2L9QF`);
      expect((await copies.list(article.id)).map((c) => c.fileName)).toEqual(
        expect.arrayContaining([
          `../${article.id} (conflicted copy 2025-12-19)/article.json`,
          `../${article.id}-DESKTOP-7K2L9QF/article.json`,
        ]),
      );
    });
  });

  describe('resolve', () => {
    it("'copy' makes the copy the article byte for byte, keeps both as versions, removes the copy", async () => {
      const copyBytes = await putCopy(DROPBOX, 'Версія Олени');

      const resolved = await copies.resolve(article.id, DROPBOX, 'copy');

      expect(await readFile(store.articleFilePath(article.id))).toEqual(copyBytes);
      expect(resolved.hash).toBe(sha256(copyBytes));
      expect(resolved.article.headline).toBe('Версія Олени');
      expect(existsSync(path.join(store.articleDir(article.id), DROPBOX))).toBe(false);
      expect(await readdir(store.articleDir(article.id))).toEqual(['article.json']);

      expect(await keptVersions(versions, article.id)).toEqual([
        { reason: 'conflict-theirs', text: copyBytes.toString() },
        { reason: 'conflict-mine', text: currentBytes.toString() },
      ]);

      // The watcher must not take our own write for someone else's.
      expect(store.isOwnVersion(article.id, sha256(copyBytes))).toBe(true);
      expect(store.isOwnVersion(article.id, sha256(currentBytes))).toBe(false);
      expect(await copies.list(article.id)).toEqual([]);
    });

    it("'current' keeps article.json as it was, keeps both as versions and removes the copy", async () => {
      const copyBytes = await putCopy(ONEDRIVE, 'Версія з офісу');
      await putCopy(GOOGLE_DRIVE, 'Лишається');

      const resolved = await copies.resolve(article.id, ONEDRIVE, 'current');

      expect(await readFile(store.articleFilePath(article.id))).toEqual(currentBytes);
      expect(resolved.hash).toBe(sha256(currentBytes));
      expect(existsSync(path.join(store.articleDir(article.id), ONEDRIVE))).toBe(false);
      expect(await keptVersions(versions, article.id)).toEqual([
        { reason: 'conflict-mine', text: currentBytes.toString() },
        { reason: 'conflict-theirs', text: copyBytes.toString() },
      ]);
      // Only the named copy is resolved.
      expect((await copies.list(article.id)).map((c) => c.fileName)).toEqual([GOOGLE_DRIVE]);
    });

    it("'copy' refuses a damaged copy and touches nothing", async () => {
      await writeFile(path.join(store.articleDir(article.id), DROPBOX), '{ broken');
      const before = await snapshot(root);
      await expectCode(copies.resolve(article.id, DROPBOX, 'copy'), 'damaged-file');
      expect(await snapshot(root)).toEqual(before);
    });

    it("'current' still keeps a damaged copy as a version before removing it", async () => {
      await writeFile(path.join(store.articleDir(article.id), DROPBOX), '{ broken');
      await copies.resolve(article.id, DROPBOX, 'current');
      const kept = await keptVersions(versions, article.id);
      expect(kept.find((v) => v.reason === 'conflict-theirs')?.text).toBe('{ broken');
    });

    it.each([
      ['a name that is not a copy', 'notes.txt'],
      ['the article itself', 'article.json'],
      ['a path out of the library', '../../etc/passwd'],
      ['a path into another article', '../other-article/article.json'],
      ['an absolute path', '/etc/passwd'],
      ['a copy that is not there', DROPBOX],
    ])('an unknown fileName (%s) is not-found and nothing is touched', async (_label, fileName) => {
      await mkdir(store.articleDir('other-article'), { recursive: true });
      await writeFile(store.articleFilePath('other-article'), serializeArticle({ ...article, id: 'other-article' }));
      await writeFile(path.join(store.articleDir(article.id), 'notes.txt'), 'x');
      await putCopy(SYNCTHING, 'Справжня копія');
      const before = await snapshot(root);
      faulty.calls.length = 0;

      for (const keep of ['copy', 'current'] as const) {
        await expectCode(copies.resolve(article.id, fileName, keep), 'not-found');
      }

      expect(await snapshot(root)).toEqual(before);
      const writes = faulty.calls.filter((c) =>
        ['open', 'rm', 'rename', 'copyFile', 'cp', 'mkdir'].includes(c.operation),
      );
      expect(writes).toEqual([]);
      expect(faulty.touched().filter((p) => p.startsWith('/etc'))).toEqual([]);
    });

    describe('a folder-level copy with its own media', () => {
      let folderName: string;
      let folder: string;
      let copyBytes: Buffer;
      const fileName = () => `../${folderName}/article.json`;

      beforeEach(async () => {
        await store.importMedia(article.id, 'a.png', PNG_A);
        folderName = `${article.id} (conflicted copy 2025-12-19)`;
        folder = path.join(store.articlesDir, folderName);
        await mkdir(path.join(folder, 'media'), { recursive: true });
        // The other machine has the shared image and one of its own.
        await writeFile(path.join(folder, 'media', `${sha256(PNG_A)}.png`), PNG_A);
        await writeFile(path.join(folder, 'media', `${sha256(PNG_B)}.png`), PNG_B);
        copyBytes = Buffer.from(
          serializeArticle({
            ...article,
            headline: 'Версія з другого комп’ютера',
            featuredImage: { src: `media/${sha256(PNG_B)}.png`, alt: '', caption: '', credit: '', crops: {} },
          }),
        );
        await writeFile(path.join(folder, 'article.json'), copyBytes);
      });

      it('is listed as a copy of its article, named ../<folder>/article.json', async () => {
        const listed = await copies.list(article.id);
        expect(listed).toHaveLength(1);
        expect(worded(listed[0]?.description)).toBe('Конфліктна копія Dropbox (2025-12-19)');
        expect(listed[0]).toMatchObject({
          fileName: fileName(),
          hash: sha256(copyBytes),
          article: { headline: 'Версія з другого комп’ютера' },
          reason: null,
        });
        const folders = await copies.folderCopies();
        expect(folders.map((copy) => ({ ...copy, description: worded(copy.description) }))).toEqual([
          { id: article.id, folderName, description: 'Конфліктна копія Dropbox (2025-12-19)' },
        ]);
      });

      it("'copy' merges its media into the article's, writes its bytes, removes the folder", async () => {
        await copies.resolve(article.id, fileName(), 'copy');

        expect(await readFile(store.articleFilePath(article.id))).toEqual(copyBytes);
        expect(existsSync(folder)).toBe(false);
        const media = path.join(store.articleDir(article.id), 'media');
        expect((await readdir(media)).sort()).toEqual([`${sha256(PNG_A)}.png`, `${sha256(PNG_B)}.png`].sort());
        expect(await readFile(path.join(media, `${sha256(PNG_B)}.png`))).toEqual(PNG_B);
        expect((await store.inspect(article.id)).damaged).toEqual([]);
        expect(await copies.list(article.id)).toEqual([]);
        expect(store.isOwnVersion(article.id, sha256(copyBytes))).toBe(true);
      });

      it("'current' keeps the article, keeps the copy as a version, still merges its media, removes the folder", async () => {
        await copies.resolve(article.id, fileName(), 'current');

        expect(await readFile(store.articleFilePath(article.id))).toEqual(currentBytes);
        expect(existsSync(folder)).toBe(false);
        const kept = await keptVersions(versions, article.id);
        expect(kept.find((v) => v.reason === 'conflict-theirs')?.text).toBe(copyBytes.toString());
        // The version refers to the other machine's image: it must survive the folder's removal.
        expect(await readFile(path.join(store.articleDir(article.id), 'media', `${sha256(PNG_B)}.png`))).toEqual(PNG_B);
      });

      it('an image the article already has is kept as it is, never overwritten by the copy', async () => {
        const mine = path.join(store.articleDir(article.id), 'media', `${sha256(PNG_A)}.png`);
        await writeFile(path.join(folder, 'media', `${sha256(PNG_A)}.png`), 'something else under the same name');
        await copies.resolve(article.id, fileName(), 'copy');
        expect(await readFile(mine)).toEqual(PNG_A);
      });
    });
  });
});
