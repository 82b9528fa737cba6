import { inUkrainian } from '../../../fixtures/api-errors';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import { ApiError } from '../../../../shared/api/errors';
import type { Article } from '../../../../shared/domain/article';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import { ConflictCopies } from '../../../../electron/services/library/conflict-copies';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { ARTICLE_LOCK_FILE_NAME } from '../../../../electron/services/library/sync-conflicts';
import { FaultyFileSystem, inside, type FaultCode, type FaultOperation } from '../../../fixtures/faulty-fs';
import { png as picture } from '../../../fixtures/images';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { openSettings } from '../../../fixtures/test-app';
import { sha256 } from '../../../fixtures/sha256';

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

interface FaultCase {
  name: string;
  operation: FaultOperation;
  code: FaultCode;
  reason: string;
}

/** The faults a journalist's machine really has, each at the step where it happens. */
const SAVE_FAULTS: FaultCase[] = [
  {
    name: 'disk full in the middle of writing',
    operation: 'handle.writeFile',
    code: 'ENOSPC',
    reason: 'на диску закінчилося місце',
  },
  {
    name: 'disk full when flushing to disk',
    operation: 'handle.sync',
    code: 'ENOSPC',
    reason: 'на диску закінчилося місце',
  },
  { name: 'read-only folder', operation: 'open', code: 'EROFS', reason: 'тека доступна лише для читання' },
  {
    name: 'a file locked by another program (rename)',
    operation: 'rename',
    code: 'EBUSY',
    reason: 'файл зайнятий іншою програмою',
  },
  { name: 'permission denied', operation: 'open', code: 'EACCES', reason: 'немає дозволу' },
  {
    name: 'an antivirus holding the file (rename)',
    operation: 'rename',
    code: 'EPERM',
    reason: 'операцію заборонено системою',
  },
];

describe('faults at the FileSystem seam: the fixture itself', () => {
  const tempDir = useTempDirs('shpalta-faulty-');

  it('fails like Node does, once or always, only where the predicate says, and records calls', async () => {
    const dir = await tempDir();
    const faulty = new FaultyFileSystem();
    const once = faulty.fail('readFile', 'EBUSY', { times: 1, when: (p) => p.endsWith('a.txt') });
    await writeFile(path.join(dir, 'a.txt'), 'a');
    await writeFile(path.join(dir, 'b.txt'), 'b');

    const error = (await faulty.fs.readFile(path.join(dir, 'a.txt')).catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'EBUSY', syscall: 'open', path: path.join(dir, 'a.txt') });
    expect(error.errno).toBeLessThan(0);
    expect(error.message).toMatch(/^EBUSY: resource busy or locked/);
    expect(once.hits).toBe(1);
    expect(await faulty.fs.readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('a');
    expect(await faulty.fs.readFile(path.join(dir, 'b.txt'), 'utf8')).toBe('b');

    const always = faulty.fail('rename', 'EPERM');
    for (let i = 0; i < 3; i += 1) {
      await expect(faulty.fs.rename(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'))).rejects.toMatchObject({
        code: 'EPERM',
      });
    }
    expect(always.hits).toBe(3);
    always.clear();
    await faulty.fs.rename(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'));
    expect(faulty.calls.filter((c) => c.operation === 'rename')).toHaveLength(4);
  });

  it('a handle write fault leaves half the data on disk, as a full disk does', async () => {
    const dir = await tempDir();
    const faulty = new FaultyFileSystem();
    faulty.fail('handle.writeFile', 'ENOSPC');
    const file = path.join(dir, 'x.txt');
    const handle = await faulty.fs.open(file, 'w');
    await expect(handle.writeFile('0123456789')).rejects.toMatchObject({ code: 'ENOSPC', syscall: 'write' });
    await handle.close();
    expect(await readFile(file, 'utf8')).toBe('01234');
  });
});

describe('LibraryStore.save under file-system faults', () => {
  const tempDir = useTempDirs('shpalta-faults-');
  let faulty: FaultyFileSystem;
  let store: LibraryStore;
  let article: Article;
  let baseHash: string;
  let originalBytes: Buffer;

  beforeEach(async () => {
    faulty = new FaultyFileSystem();
    store = new LibraryStore(path.join(await tempDir(), 'Шпальта'), { fs: faulty.fs });
    await store.ensure();
    const created = await store.create('Оригінал на диску');
    article = created.article;
    baseHash = created.hash;
    originalBytes = await readFile(store.articleFilePath(article.id));
  });

  const edit = (): Article => ({ ...article, headline: 'Правка, яку не можна втратити', lead: 'Новий лід.' });

  it.each(SAVE_FAULTS)(
    '$name ($code on $operation): the file stays byte-identical, no temp file, a Ukrainian io-error; a retry succeeds',
    async ({ operation, code, reason }) => {
      const fault = faulty.fail(operation, code, { when: inside(store.root) });

      const error = await rejection(store.save(edit(), baseHash));
      expect(fault.hits).toBeGreaterThanOrEqual(1);
      expect(error.code).toBe('io-error');
      expect(inUkrainian(error)).toBe(`Не вдалося записати статтю в ${store.articleDir(article.id)}: ${reason}.`);
      expect(await readFile(store.articleFilePath(article.id))).toEqual(originalBytes);
      expect(await readdir(store.articleDir(article.id))).toEqual(['article.json']);
      expect((await store.get(article.id)).hash).toBe(baseHash);

      faulty.clear();
      const saved = await store.save(edit(), baseHash);
      const bytes = await readFile(store.articleFilePath(article.id));
      expect(saved.hash).toBe(sha256(bytes));
      expect((await store.get(article.id)).article.headline).toBe('Правка, яку не можна втратити');
      expect(await readdir(store.articleDir(article.id))).toEqual(['article.json']);
    },
  );

  it('a fault that happens once: the very next save with the same baseHash goes through', async () => {
    const fault = faulty.fail('rename', 'EBUSY', { times: 1, when: inside(store.root) });
    await rejection(store.save(edit(), baseHash));
    const saved = await store.save(edit(), baseHash);
    expect(fault.hits).toBe(1);
    expect(saved.hash).toBe(sha256(await readFile(store.articleFilePath(article.id))));
  });

  it('a failed save is not taken for our own version (the watcher still sees the file as it is)', async () => {
    faulty.fail('handle.writeFile', 'ENOSPC', { when: inside(store.root) });
    await rejection(store.save(edit(), baseHash));
    expect(store.isOwnVersion(article.id, baseHash)).toBe(true);
  });

  it('a folder fsync that fails after the rename: a retry with the same baseHash is not a conflict with our own edit', async () => {
    // Network shares and some FUSE file systems fail fsync on a folder (EIO/EINVAL) after the rename
    // already replaced the file. The journalist must not be shown a conflict with their own words.
    const fault = faulty.fail('handle.sync', 'EIO', { when: (p) => p === store.articleDir(article.id) });
    const first = await store.save(edit(), baseHash).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(fault.hits).toBe(1);
    faulty.clear();
    if (first === null) return; // reported as saved: nothing more to check
    expect(first).toBeInstanceOf(ApiError);
    const retried = await store.save(edit(), baseHash).then(
      () => 'saved',
      (caught: unknown) => (caught instanceof ApiError ? caught.code : 'thrown'),
    );
    expect(retried).toBe('saved');
  });

  it('a save that cannot read the current file reports that, and writes nothing', async () => {
    faulty.fail('readFile', 'EACCES', { when: (p) => p === store.articleFilePath(article.id) });
    faulty.calls.length = 0;
    const error = await rejection(store.save(edit(), baseHash));
    expect(error.code).toBe('io-error');
    expect(inUkrainian(error)).toBe(`Не вдалося прочитати ${store.articleFilePath(article.id)}: немає дозволу.`);
    // The save's lock is the only file opened there, and it is gone again.
    const lock = path.join(store.articleDir(article.id), ARTICLE_LOCK_FILE_NAME);
    const opened = faulty.calls.filter(
      (c) => c.operation === 'open' && inside(store.articleDir(article.id))(c.paths[0] ?? ''),
    );
    expect(opened.map((c) => c.paths[0])).toEqual([lock]);
    expect(await readdir(store.articleDir(article.id))).toEqual(['article.json']);
    expect(await readFile(store.articleFilePath(article.id))).toEqual(originalBytes);
  });
});

describe('other library writes under file-system faults', () => {
  const tempDir = useTempDirs('shpalta-faults-');
  let faulty: FaultyFileSystem;
  let store: LibraryStore;
  let article: Article;

  beforeEach(async () => {
    faulty = new FaultyFileSystem();
    store = new LibraryStore(path.join(await tempDir(), 'Шпальта'), { fs: faulty.fs });
    await store.ensure();
    article = (await store.create('Стаття')).article;
  });

  it('importMedia on a full disk leaves no half image behind, so a retry stores the whole one', async () => {
    // A real picture: the service stores only what its bytes show to be one.
    const png = Buffer.concat([picture(2, 2), Buffer.alloc(4096, 7)]);
    // The media folder alone: the article's lock file is written by the same import.
    const mediaDir = path.join(store.articleDir(article.id), 'media');
    const fault = faulty.fail('handle.writeFile', 'ENOSPC', { when: inside(mediaDir) });
    const error = await rejection(store.importMedia(article.id, 'фото.png', png));
    expect(fault.hits).toBe(1);
    expect(error.code).toBe('io-error');
    expect(inUkrainian(error)).toBe('Не вдалося зберегти зображення: на диску закінчилося місце.');
    expect(error.message).toBe('The image could not be saved: the disk is full.');
    expect(await readdir(mediaDir)).toEqual([]);

    faulty.clear();
    const { src } = await store.importMedia(article.id, 'фото.png', png);
    expect(await readFile(path.join(store.articleDir(article.id), src))).toEqual(png);
  });

  it('trash with the folder locked (EBUSY on rename) leaves the article where it was', async () => {
    const bytes = await readFile(store.articleFilePath(article.id));
    faulty.fail('rename', 'EBUSY', { when: inside(store.root) });
    const error = await rejection(store.trash(article.id));
    expect(error.code).toBe('io-error');
    expect(inUkrainian(error)).toBe('Не вдалося перенести статтю в кошик: файл зайнятий іншою програмою.');
    expect(await readFile(store.articleFilePath(article.id))).toEqual(bytes);
    expect(existsSync(path.join(store.trashDir, article.id))).toBe(false);
  });

  it('scan reports a file it may not read with its path, and still lists the others', async () => {
    const other = await store.create('Інша');
    faulty.fail('readFile', 'EACCES', { when: (p) => p === store.articleFilePath(article.id) });
    const scan = await store.scan();
    expect(scan.damaged).toEqual([
      {
        path: store.articleFilePath(article.id),
        reason: message('damaged.unreadable', { reason: message('error.io.reason.EACCES') }),
      },
    ]);
    expect(scan.articles.map((a) => a.article.id)).toContain(other.article.id);
    expect(scan.articles.map((a) => a.article.id)).not.toContain(article.id);
  });

  it("resolving a conflict with 'copy' on a full disk keeps both the article and the copy", async () => {
    const current = await readFile(store.articleFilePath(article.id));
    const copyName = "article (Olena's conflicted copy 2025-12-19).json";
    const copyFile = path.join(store.articleDir(article.id), copyName);
    await writeFile(copyFile, serializeArticle({ ...article, headline: 'Копія' }));
    faulty.fail('handle.writeFile', 'ENOSPC', { when: inside(store.articleDir(article.id)) });

    const error = await rejection(new ConflictCopies(store).resolve(article.id, copyName, 'copy'));
    expect(error.code).toBe('io-error');
    expect(inUkrainian(error)).toContain('на диску закінчилося місце');
    expect(await readFile(store.articleFilePath(article.id))).toEqual(current);
    expect(existsSync(copyFile)).toBe(true);
    expect((await readdir(store.articleDir(article.id))).sort()).toEqual([copyName, 'article.json'].sort());
  });
});

describe("article.save through createAppServices under faults: the edits go to the app's backup", () => {
  const tempDir = useTempDirs('shpalta-faults-app-');
  let services: AppServices | null = null;
  let faulty: FaultyFileSystem;
  let userDataDir: string;
  let libraryPath: string;
  let logged: string[];

  beforeEach(async () => {
    const root = await tempDir();
    userDataDir = path.join(root, 'user-data');
    libraryPath = path.join(root, 'Шпальта');
    faulty = new FaultyFileSystem();
    logged = [];
    services = createAppServices({
      settings: openSettings(userDataDir, libraryPath),
      host: 'browser',
      version: '0.0.0-test',
      userDataDir,
      fs: faulty.fs,
      logger: { error: (message) => logged.push(message) },
    });
    await services.start();
  });

  afterEach(() => {
    services?.dispose();
    services = null;
  });

  function app(): AppServices {
    if (!services) throw new Error('services not started');
    return services;
  }

  it.each(SAVE_FAULTS)(
    '$name ($code on $operation): the error names the backup, which holds the edits; a retry removes it',
    async ({ operation, code, reason }) => {
      const { handlers } = app();
      const created = await handlers['article.create']({ headline: 'Оригінал' });
      const id = created.article.id;
      const file = path.join(libraryPath, 'articles', id, 'article.json');
      const original = await readFile(file);
      const edited: Article = { ...created.article, headline: 'Правка журналістки', tags: ['терміново'] };
      const backupFile = path.join(userDataDir, 'backups', `${id}.json`);

      const fault = faulty.fail(operation, code, { when: inside(libraryPath) });
      const error = await rejection(handlers['article.save']({ article: edited, baseHash: created.hash }));
      expect(fault.hits).toBeGreaterThanOrEqual(1);
      expect(error.code).toBe('io-error');
      expect(inUkrainian(error)).toContain(reason);
      expect(inUkrainian(error)).toContain('резервній копії');
      expect(inUkrainian(error)).toContain(`Ваші зміни збережено в резервній копії: ${backupFile}.`);
      expect(await readFile(file)).toEqual(original);

      const kept = JSON.parse(await readFile(backupFile, 'utf8')) as { savedAt: string; article: Article };
      expect(kept.article).toEqual(edited);
      expect((await handlers['article.backup']({ id })).backup?.article).toEqual(edited);

      faulty.clear();
      const saved = await handlers['article.save']({ article: edited, baseHash: created.hash });
      expect(saved.hash).toBe(sha256(await readFile(file)));
      expect(existsSync(backupFile)).toBe(false);
      expect(await handlers['article.backup']({ id })).toEqual({ backup: null });
      expect((await handlers['article.get']({ id })).article.headline).toBe('Правка журналістки');
      expect(logged).toEqual([]);
    },
  );

  it('a conflict keeps the edits in the backup too', async () => {
    const { handlers } = app();
    const created = await handlers['article.create']({ headline: 'Оригінал' });
    const file = path.join(libraryPath, 'articles', created.article.id, 'article.json');
    const theirs = serializeArticle({ ...created.article, headline: 'Їхня версія' });
    await writeFile(file, theirs);

    const edited = { ...created.article, headline: 'Наша версія' };
    const error = await rejection(handlers['article.save']({ article: edited, baseHash: created.hash }));
    expect(error.code).toBe('conflict');
    expect(inUkrainian(error)).toContain('резервній копії');
    expect((await handlers['article.backup']({ id: created.article.id })).backup?.article).toEqual(edited);
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('when the backup cannot be written either, the error is the original one and promises no backup', async () => {
    const { handlers } = app();
    const created = await handlers['article.create']({ headline: 'Оригінал' });
    faulty.fail('open', 'EROFS'); // everywhere: the library and the app's own folder

    const error = await rejection(
      handlers['article.save']({ article: { ...created.article, headline: 'Правка' }, baseHash: created.hash }),
    );
    expect(error.code).toBe('io-error');
    expect(inUkrainian(error)).toContain('тека доступна лише для читання');
    expect(inUkrainian(error)).not.toContain('резервній копії');
    expect(existsSync(path.join(userDataDir, 'backups', `${created.article.id}.json`))).toBe(false);
    expect(logged).toContain('backup failed');
  });
});
