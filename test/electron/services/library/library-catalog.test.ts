import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { worded } from '../../../support/worded';
import type { Article } from '../../../../shared/domain/article';
import { hashBytes, serializeArticle } from '../../../../electron/services/library/article-file';
import { ConflictCopies } from '../../../../electron/services/library/conflict-copies';
import { LibraryCatalog } from '../../../../electron/services/library/library-catalog';
import type { LibraryStore } from '../../../../electron/services/library/library-store';
import { openSearchIndex } from '../../../../electron/services/search/open-search-index';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { versionedStore } from '../../../fixtures/versioned-store';
import { steppingClock } from '../../../fixtures/stepping-clock';

/** A fixed mtime, whole seconds: restoring it after an edit gives exactly the same stat. */
const FIXED_TIME = new Date('2025-12-19T18:44:00.000Z');

describe('LibraryCatalog over the SQLite search index', () => {
  const tempDir = useTempDirs('shpalta-catalog-');
  let faulty: FaultyFileSystem;
  let store: LibraryStore;
  let copies: ConflictCopies;
  let catalog: LibraryCatalog;
  let budget: Article;
  let war: Article;
  let sampleId: string;

  // In the app's data folder, as the library session keeps it; a sibling of the library here.
  const indexFile = () => path.join(path.dirname(store.root), 'indexes', 'library.sqlite');
  const openCatalog = () => new LibraryCatalog(store, openSearchIndex(indexFile()), copies);
  const headlines = () =>
    catalog
      .list({})
      .articles.map((a) => a.headline)
      .sort();
  const item = (id: string) => catalog.list({}).articles.find((a) => a.id === id);

  beforeEach(async () => {
    faulty = new FaultyFileSystem();
    const base = await tempDir();
    ({ store } = await versionedStore(path.join(base, 'Шпальта'), path.join(base, 'data'), {
      fs: faulty.fs,
      clock: steppingClock('2025-12-19T10:00:00.000Z'),
    }));
    copies = new ConflictCopies(store);
    await store.ensure();
    sampleId = (await store.articleIds())[0] ?? '';
    const a = await store.create('Рада ухвалила бюджет');
    await store.save({ ...a.article, rubric: 'Економіка', tags: ['бюджет', 'рада'] }, a.hash);
    budget = (await store.get(a.article.id)).article;
    const b = await store.create('Обстріл Харкова');
    await store.save({ ...b.article, rubric: 'Війна', tags: ['Харків'] }, b.hash);
    war = (await store.get(b.article.id)).article;
    catalog = openCatalog();
  });

  afterEach(() => {
    catalog.close();
  });

  it('sync indexes a fresh library: every article, with the hash of its file', async () => {
    expect(catalog.list({}).total).toBe(0);
    await catalog.sync();

    const listing = catalog.list({});
    expect(listing.total).toBe(3);
    expect(listing.damaged).toEqual([]);
    expect(listing.articles.map((a) => a.id).sort()).toEqual([budget.id, war.id, sampleId].sort());
    expect(item(budget.id)).toMatchObject({
      headline: 'Рада ухвалила бюджет',
      rubric: 'Економіка',
      tags: ['бюджет', 'рада'],
      status: 'draft',
      conflicts: 0,
    });
    expect(catalog.list({ text: 'бюджету' }).articles.map((a) => a.id)).toEqual([budget.id]);
    expect(catalog.facets().rubrics).toEqual(
      expect.arrayContaining([
        { name: 'Економіка', count: 1 },
        { name: 'Війна', count: 1 },
      ]),
    );
  });

  it('a second sync of an unchanged library reads no article file', async () => {
    await catalog.sync();
    faulty.calls.length = 0;
    await catalog.sync();
    expect(faulty.calls.filter((c) => c.operation === 'readFile')).toEqual([]);
    expect(catalog.list({}).total).toBe(3);
  });

  it('an outside edit of the same size with the mtime put back is missed by sync and caught by verify', async () => {
    const file = store.articleFilePath(budget.id);
    await utimes(file, FIXED_TIME, FIXED_TIME);
    await catalog.sync();
    const before = await stat(file);

    // Another machine changed one letter: same byte length (и and о are two bytes each in UTF-8).
    const theirs = serializeArticle({ ...budget, headline: 'Рада ухволала бюджет' });
    expect(Buffer.byteLength(theirs)).toBe(before.size);
    await writeFile(file, theirs);
    await utimes(file, FIXED_TIME, FIXED_TIME);
    const after = await stat(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);

    await catalog.sync();
    expect(item(budget.id)?.headline).toBe('Рада ухвалила бюджет'); // sync trusts size and mtime

    const changed = await catalog.verify();
    expect(changed).toBe(1);
    expect(item(budget.id)?.headline).toBe('Рада ухволала бюджет');
    expect(catalog.list({ text: 'ухволала' }).articles.map((a) => a.id)).toEqual([budget.id]);
  });

  it('an outside edit of the same size with a new mtime is caught by sync, reading only that file', async () => {
    const file = store.articleFilePath(budget.id);
    await utimes(file, FIXED_TIME, FIXED_TIME);
    await catalog.sync();

    await writeFile(file, serializeArticle({ ...budget, headline: 'Рада ухволала бюджет' }));
    await utimes(file, FIXED_TIME, new Date(FIXED_TIME.getTime() + 5_000));
    faulty.calls.length = 0;
    await catalog.sync();

    expect(item(budget.id)?.headline).toBe('Рада ухволала бюджет');
    expect(faulty.calls.filter((c) => c.operation === 'readFile').map((c) => c.paths)).toEqual([[file]]);
  });

  it('verify of an unchanged library changes nothing', async () => {
    await catalog.sync();
    expect(await catalog.verify()).toBe(0);
    expect(catalog.indexing).toBeNull();
  });

  it('refresh after a save shows the new headline in list()', async () => {
    await catalog.sync();
    const current = await store.get(budget.id);
    await store.save({ ...current.article, headline: 'Рада ухвалила бюджет на 2026 рік' }, current.hash);
    expect(item(budget.id)?.headline).toBe('Рада ухвалила бюджет'); // the index is a cache until told

    await catalog.refresh(budget.id);
    expect(item(budget.id)?.headline).toBe('Рада ухвалила бюджет на 2026 рік');
    expect(catalog.list({ text: '2026' }).articles.map((a) => a.id)).toEqual([budget.id]);
  });

  it('damaged files appear in list().damaged with their paths; a damaged article is not listed, one with a missing image is', async () => {
    const brokenFile = store.articleFilePath(war.id);
    await writeFile(brokenFile, '{"schemaVersion": 1, "id": "');
    const missing = `media/${hashBytes('not there')}.png`;
    await writeFile(
      store.articleFilePath(budget.id),
      serializeArticle({ ...budget, featuredImage: { src: missing, alt: '', caption: '', credit: '', crops: {} } }),
    );

    await catalog.sync();
    const listing = catalog.list({});
    expect(listing.articles.map((a) => a.id).sort()).toEqual([budget.id, sampleId].sort());
    expect(listing.damaged.map((d) => d.path).sort()).toEqual(
      [brokenFile, path.join(store.articleDir(budget.id), missing)].sort(),
    );
    for (const d of listing.damaged) expect(worded(d.reason)).toMatch(/[а-яіїєґ]/i);

    // Mended on disk: the next sync re-reads what was damaged even if its stat did not change.
    await writeFile(brokenFile, serializeArticle(war));
    await catalog.sync();
    expect(catalog.list({}).articles.map((a) => a.id)).toContain(war.id);
    expect(catalog.list({}).damaged.map((d) => d.path)).not.toContain(brokenFile);
  });

  it('a damaged article whose folder disappeared is no longer reported after sync and verify', async () => {
    await writeFile(store.articleFilePath(war.id), 'not json');
    await catalog.sync();
    expect(catalog.list({}).damaged).toHaveLength(1);

    // Removed elsewhere (another machine, a file manager) while no watch reported it.
    await rm(store.articleDir(war.id), { recursive: true });
    await catalog.sync();
    await catalog.verify();
    expect(catalog.list({}).damaged).toEqual([]);
  });

  it('trash + forget removes the article from list(); restore + refresh brings it back', async () => {
    await catalog.sync();
    await store.trash(war.id);
    catalog.forget(war.id);
    expect(headlines()).not.toContain('Обстріл Харкова');
    expect(catalog.list({ text: 'Харкова' }).total).toBe(0);
    expect(catalog.facets().rubrics.map((r) => r.name)).not.toContain('Війна');

    await store.restore(war.id);
    await catalog.refresh(war.id);
    expect(headlines()).toContain('Обстріл Харкова');
  });

  it('sync drops an article whose folder is gone even without forget', async () => {
    await catalog.sync();
    await store.trash(war.id);
    await catalog.sync();
    expect(catalog.list({}).articles.map((a) => a.id)).not.toContain(war.id);
  });

  it('the number of conflict copies shows in list items, and goes when they are resolved', async () => {
    await catalog.sync();
    const dir = store.articleDir(budget.id);
    const bytes = serializeArticle({ ...budget, headline: 'Інша версія' });
    await writeFile(path.join(dir, "article (Olena's conflicted copy 2025-12-19).json"), bytes);
    await writeFile(path.join(dir, 'article.sync-conflict-20251219-204455-ABCDEF7.json'), bytes);

    await catalog.verify();
    expect(item(budget.id)?.conflicts).toBe(2);
    expect(item(war.id)?.conflicts).toBe(0);

    await copies.resolve(budget.id, "article (Olena's conflicted copy 2025-12-19).json", 'current');
    await catalog.refresh(budget.id);
    expect(item(budget.id)?.conflicts).toBe(1);
  });

  it('a folder-level conflict copy counts once', async () => {
    await catalog.sync();
    const folder = path.join(store.articlesDir, `${war.id} (conflicted copy 2025-12-19)`);
    await mkdir(folder);
    await writeFile(path.join(folder, 'article.json'), serializeArticle({ ...war, headline: 'Копія теки' }));

    await catalog.refresh(war.id);
    expect(item(war.id)?.conflicts).toBe(1);
    await catalog.verify();
    expect(item(war.id)?.conflicts).toBe(1);
  });

  it('the index is a cache: deleted, it is rebuilt from the files with nothing lost', async () => {
    await catalog.sync();
    const before = catalog.list({}).articles;
    catalog.close();
    for (const suffix of ['', '-wal', '-shm']) await rm(`${indexFile()}${suffix}`, { force: true });

    catalog = openCatalog();
    expect(catalog.list({}).total).toBe(0);
    await catalog.sync();
    expect(catalog.list({}).articles).toEqual(before);
    expect(await readFile(store.articleFilePath(budget.id), 'utf8')).toContain('Рада ухвалила бюджет');
  });
});
