import { existsSync } from 'node:fs';
import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../electron/services/api/event-bus';
import type { FileSystem } from '../../../../electron/services/fs/file-system';
import { LibrarySession } from '../../../../electron/services/library/library-session';
import { oldIndexFile } from '../../../../electron/services/library/old-index';
import { openSearchIndex } from '../../../../electron/services/search/open-search-index';
import { SearchIndex } from '../../../../electron/services/search/search-index';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-session-index-');

/** The app's folder of indexes, beside (never inside) the libraries of the test. */
async function dataFolder(): Promise<{ dir: string; indexesDir: string }> {
  const dir = await tempDir();
  return { dir, indexesDir: path.join(dir, 'user-data', 'indexes') };
}

async function open(root: string, indexesDir: string, fs?: FileSystem) {
  const errors: unknown[] = [];
  const session = await LibrarySession.open(root, {
    bus: new EventBus(),
    indexesDir,
    openIndex: openSearchIndex,
    onError: (error) => errors.push(error),
    ...(fs ? { fs } : {}),
  });
  await session.start(10_000);
  return { session, errors };
}

/** Every file below `dir`, as paths relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** The index files under the folder of indexes, as paths relative to it. */
const indexFiles = async (dir: string) => (await filesBelow(dir)).filter((file) => file.endsWith('.sqlite')).sort();
const noteOf = async (session: LibrarySession) =>
  JSON.parse(await readFile(path.join(path.dirname(session.indexFile), 'library.json'), 'utf8')) as object;
const headlines = (session: LibrarySession) =>
  session.catalog
    .list({})
    .articles.map((a) => a.headline)
    .sort();

describe('LibrarySession: the search index lives in the app’s data folder', () => {
  it('creates the index there, with a note naming the library, and nothing of it in the library', async () => {
    const { dir, indexesDir } = await dataFolder();
    const root = path.join(dir, 'Шпальта');
    const { session, errors } = await open(root, indexesDir);
    await session.store.create('Рада ухвалила бюджет');
    await session.catalog.sync();
    expect(session.catalog.list({ text: 'бюджету' }).total).toBeGreaterThan(0);

    expect(path.dirname(path.dirname(session.indexFile))).toBe(indexesDir);
    expect(existsSync(session.indexFile)).toBe(true);
    expect(await noteOf(session)).toMatchObject({ library: root });
    expect((await filesBelow(root)).filter((file) => file.includes('sqlite'))).toEqual([]);
    expect(errors).toEqual([]);
    session.close();
  });

  it('gives two libraries two indexes, each with its own articles, rebuilt from the files when deleted', async () => {
    const { dir, indexesDir } = await dataFolder();
    const first = await open(path.join(dir, 'Перша'), indexesDir);
    const second = await open(path.join(dir, 'Друга'), indexesDir);
    await first.session.store.create('Лише в першій');
    await first.session.catalog.sync();
    expect(first.session.indexFile).not.toBe(second.session.indexFile);
    expect(await indexFiles(indexesDir)).toEqual(
      [first.session.indexFile, second.session.indexFile].map((file) => path.relative(indexesDir, file)).sort(),
    );
    expect(headlines(first.session)).toContain('Лише в першій');
    expect(headlines(second.session)).not.toContain('Лише в першій');
    const before = headlines(first.session);
    first.session.close();
    second.session.close();

    for (const suffix of ['', '-wal', '-shm']) await rm(`${first.session.indexFile}${suffix}`, { force: true });
    const again = await open(path.join(dir, 'Перша'), indexesDir);
    expect(headlines(again.session)).toEqual(before);
    again.session.close();
  });

  it('gives the same library through a symbolic link one index', async () => {
    const { dir, indexesDir } = await dataFolder();
    const root = path.join(dir, 'Шпальта');
    const direct = await open(root, indexesDir);
    const listed = headlines(direct.session);
    direct.session.close();
    const link = path.join(dir, 'посилання на бібліотеку');
    await symlink(root, link, 'dir');
    const throughLink = await open(link, indexesDir);
    expect(throughLink.session.indexFile).toBe(direct.session.indexFile);
    expect(await indexFiles(indexesDir)).toEqual([path.relative(indexesDir, direct.session.indexFile)]);
    expect(headlines(throughLink.session)).toEqual(listed);
    throughLink.session.close();
  });

  it('deletes the index older versions left in `.shpalta/` on open, and keeps the rest of that folder', async () => {
    const { dir, indexesDir } = await dataFolder();
    const root = path.join(dir, 'Шпальта');
    (await open(root, indexesDir)).session.close();
    const metaDir = path.join(root, '.shpalta');
    SearchIndex.open(oldIndexFile(metaDir)).close();
    await writeFile(`${oldIndexFile(metaDir)}-wal`, 'залишок');
    await writeFile(path.join(metaDir, 'index (conflicted copy).sqlite'), 'копія синхронізації');
    const before = await filesBelow(metaDir);

    const { session, errors } = await open(root, indexesDir);
    expect(errors).toEqual([]);
    expect(existsSync(oldIndexFile(metaDir))).toBe(false);
    expect(existsSync(`${oldIndexFile(metaDir)}-wal`)).toBe(false);
    expect((await filesBelow(metaDir)).sort()).toEqual(
      before.filter((file) => !file.startsWith('index.sqlite')).sort(),
    );
    expect(await filesBelow(metaDir)).toContain('library.json');
    session.close();
  });

  it('opens a read-only library (its old index stays, the refusal is reported) and lists it', async () => {
    const { dir, indexesDir } = await dataFolder();
    const root = path.join(dir, 'Шпальта');
    const made = await open(root, indexesDir);
    await made.session.store.create('На спільному диску');
    made.session.close();
    SearchIndex.open(oldIndexFile(path.join(root, '.shpalta'))).close();

    // A share mounted read-only: every write under the library is refused, as the system refuses it.
    const faulty = new FaultyFileSystem();
    const inLibrary = (p: string) => p.startsWith(`${root}${path.sep}`);
    for (const operation of ['open', 'rm', 'rename', 'copyFile', 'cp'] as const) {
      faulty.fail(operation, 'EROFS', { when: inLibrary });
    }
    const { session, errors } = await open(root, indexesDir, faulty.fs);
    expect(headlines(session)).toContain('На спільному диску');
    expect(errors).toEqual([expect.objectContaining({ code: 'EROFS' })]);
    expect(existsSync(oldIndexFile(path.join(root, '.shpalta')))).toBe(true);
    expect(existsSync(session.indexFile)).toBe(true);
    session.close();
  });

  it('opens a library on an odd path: spaces, quotes, signs, Cyrillic, an emoji, a trailing separator', async () => {
    const { dir, indexesDir } = await dataFolder();
    const root = path.join(dir, 'Бібліотека «Тест» #1 % & \'лапки\' "подвійні" 📰', 'під тека');
    const { session, errors } = await open(`${root}${path.sep}`, indexesDir);
    expect(session.catalog.list({}).total).toBe(1); // the sample of a new library
    expect(path.dirname(path.dirname(session.indexFile))).toBe(indexesDir);
    expect(await noteOf(session)).toMatchObject({ library: root });
    expect(errors).toEqual([]);
    session.close();
  });
});
