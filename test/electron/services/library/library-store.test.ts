import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { worded } from '../../../support/worded';
import {
  ARTICLE_SCHEMA_VERSION,
  ArticleIdSchema,
  ArticleSchema,
  type Article,
} from '../../../../shared/domain/article';
import { parseArticleFile, serializeArticle } from '../../../../electron/services/library/article-file';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { sampleArticle } from '../../../../shared/domain/sample-article';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { versionedStore } from '../../../fixtures/versioned-store';
import { expectCode } from '../../../fixtures/api-errors';
import { steppingClock } from '../../../fixtures/stepping-clock';
import { sha256 } from '../../../fixtures/sha256';

const CYRILLIC = /[а-яіїєґ]/i;

/** The library as the list showed it before the index: every article file, newest change first. */
async function listOf(store: LibraryStore) {
  const scan = await store.scan();
  const articles = scan.articles.map((a) => a.article).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { libraryPath: store.root, articles, damaged: scan.damaged };
}

describe('LibraryStore', () => {
  const tempDir = useTempDirs('shpalta-library-');
  let root: string;
  let store: LibraryStore;

  beforeEach(async () => {
    const base = await tempDir();
    root = path.join(base, 'Документи', 'Шпальта');
    ({ store } = await versionedStore(root, path.join(base, 'data'), { clock: steppingClock() }));
  });

  describe('ensure()', () => {
    it('writes the sample article in the language it is given', async () => {
      await store.ensure({ language: 'en' });
      const [id] = await readdir(path.join(root, 'articles'));
      const file = JSON.parse(await readFile(path.join(root, 'articles', id ?? '', 'article.json'), 'utf8'));
      expect(file.headline).toBe('The newsroom moves to Shpalta: drafts are now written offline');
    });

    it('creates a new library with articles/, the marker and exactly one sample article', async () => {
      expect(await store.ensure()).toEqual({ created: true });

      const marker = JSON.parse(await readFile(path.join(root, '.shpalta', 'library.json'), 'utf8')) as unknown;
      expect(marker).toMatchObject({ app: 'shpalta', schemaVersion: ARTICLE_SCHEMA_VERSION });
      const ids = await readdir(path.join(root, 'articles'));
      expect(ids).toHaveLength(1);
      const id = ids[0] ?? '';
      expect(ArticleIdSchema.safeParse(id).success).toBe(true);

      const parsed = parseArticleFile(await readFile(store.articleFilePath(id), 'utf8'), id);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.article.headline).toBe(sampleArticle(id, new Date()).headline);
        expect(parsed.article.createdAt).toBe('2025-12-19T18:44:00.000Z');
      }
      expect((await listOf(store)).articles.map((a) => a.id)).toEqual([id]);
    });

    it('does not reseed a library whose sample was deleted', async () => {
      await store.ensure();
      await rm(path.join(root, 'articles'), { recursive: true });
      await mkdir(path.join(root, 'articles'));

      expect(await new LibraryStore(root).ensure()).toEqual({ created: false });
      expect(await readdir(path.join(root, 'articles'))).toEqual([]);
      expect((await listOf(store)).articles).toEqual([]);
    });

    it('adopts a folder that already holds articles without adding a sample', async () => {
      const existing = sampleArticle('existing-1', new Date('2025-01-01T00:00:00Z'));
      await mkdir(path.join(root, 'articles', existing.id), { recursive: true });
      await writeFile(store.articleFilePath(existing.id), serializeArticle(existing));

      expect(await store.ensure()).toEqual({ created: true });
      expect(await readdir(path.join(root, 'articles'))).toEqual(['existing-1']);
      expect(existsSync(path.join(root, '.shpalta', 'library.json'))).toBe(true);
    });
  });

  describe('create / get / save', () => {
    beforeEach(async () => {
      await store.ensure();
    });

    it('create writes a valid draft whose hash is the sha256 of the file bytes', async () => {
      const created = await store.create('Нацбанк знизив ставку');
      const bytes = await readFile(store.articleFilePath(created.article.id));
      expect(created.hash).toBe(sha256(bytes));
      expect(ArticleSchema.parse(JSON.parse(bytes.toString('utf8'))).headline).toBe('Нацбанк знизив ставку');
      expect(created.article.status).toBe('draft');
      expect(ArticleIdSchema.safeParse(created.article.id).success).toBe(true);
    });

    it('get returns what create wrote, with the same hash', async () => {
      const created = await store.create('Курс гривні');
      const read = await store.get(created.article.id);
      expect(read).toEqual(created);
    });

    it('save over the current hash writes, changes the hash and sets updatedAt', async () => {
      const created = await store.create('Перша версія');
      const edited: Article = { ...created.article, headline: 'Друга версія', tags: ['економіка'] };

      const saved = await store.save(edited, created.hash);
      expect(saved.hash).not.toBe(created.hash);
      expect(saved.savedAt).not.toBe(created.article.updatedAt);
      expect(saved.hash).toBe(sha256(await readFile(store.articleFilePath(edited.id))));

      const read = await store.get(edited.id);
      expect(read.hash).toBe(saved.hash);
      expect(read.article).toEqual({ ...edited, updatedAt: saved.savedAt });
      expect(read.article.createdAt).toBe(created.article.createdAt);

      // Saving again from the new hash works too.
      const again = await store.save({ ...read.article, lead: 'Лід' }, read.hash);
      expect((await store.get(edited.id)).hash).toBe(again.hash);
    });

    it('a stale baseHash is a conflict and the file on disk stays as it is', async () => {
      const created = await store.create('Наша версія');
      const file = store.articleFilePath(created.article.id);
      const theirs = serializeArticle({ ...created.article, headline: 'Їхня версія з Dropbox' });
      await writeFile(file, theirs);

      await expectCode(store.save({ ...created.article, headline: 'Наша правка' }, created.hash), 'conflict');
      expect(await readFile(file, 'utf8')).toBe(theirs);
      expect(await readdir(path.dirname(file))).toEqual(['article.json']);
    });

    it('a file another program damaged is said to be damaged, left as it is, and written over only on request', async () => {
      const created = await store.create('Наша версія');
      const file = store.articleFilePath(created.article.id);
      const broken = '{"headline": "Обірвано';
      await writeFile(file, broken);

      await expectCode(store.save({ ...created.article, headline: 'Наша правка' }, created.hash), 'damaged-file');
      expect(await readFile(file, 'utf8')).toBe(broken);
      // «Записати текст із вікна у файл»: the journalist names the damaged version to write over.
      await store.save({ ...created.article, headline: 'Наша правка' }, created.hash, { overwrites: sha256(broken) });
      expect((await store.get(created.article.id)).article.headline).toBe('Наша правка');
    });

    it('a null baseHash over an existing file is a conflict, never an overwrite', async () => {
      const created = await store.create('Вже є');
      const before = await readFile(store.articleFilePath(created.article.id));
      await expectCode(store.save({ ...created.article, headline: 'Нова' }, null), 'conflict');
      expect(await readFile(store.articleFilePath(created.article.id))).toEqual(before);
    });

    it('a null baseHash for an article not on disk creates it', async () => {
      const article = sampleArticle('brand-new', new Date('2025-12-19T10:00:00Z'));
      const saved = await store.save(article, null);
      expect((await store.get('brand-new')).hash).toBe(saved.hash);
    });

    it('saving an article whose file was deleted meanwhile is not-found and does not recreate it', async () => {
      const created = await store.create('Буде видалено');
      await rm(path.dirname(store.articleFilePath(created.article.id)), { recursive: true });
      await expectCode(store.save(created.article, created.hash), 'not-found');
      expect(existsSync(store.articleFilePath(created.article.id))).toBe(false);
    });

    it('get of a missing id is not-found', async () => {
      await expectCode(store.get('no-such-article'), 'not-found');
    });
  });

  describe('damaged files', () => {
    const damagedCases: { id: string; text: (good: Article) => string; reason: RegExp }[] = [
      { id: 'truncated', text: (good) => serializeArticle({ ...good, id: 'truncated' }).slice(0, 80), reason: /JSON/ },
      { id: 'not-object', text: () => '[1, 2, 3]', reason: /не містить опису статті/ },
      {
        id: 'wrong-shape',
        text: (good) => JSON.stringify({ ...good, id: 'wrong-shape', headline: 42 }),
        reason: /неправильна структура: headline$/,
      },
      {
        id: 'future-version',
        text: (good) => JSON.stringify({ ...good, id: 'future-version', schemaVersion: 99, newField: {} }),
        reason: /новішою версією програми.*99/,
      },
      { id: 'id-mismatch', text: (good) => serializeArticle(good), reason: /не збігається з назвою теки/ },
    ];

    let good: Article;

    beforeEach(async () => {
      await store.ensure();
      good = (await store.create('Добра стаття')).article;
      for (const c of damagedCases) {
        await mkdir(path.join(root, 'articles', c.id), { recursive: true });
        await writeFile(store.articleFilePath(c.id), c.text(good));
      }
    });

    it('scan() reports each damaged file with its path and a Ukrainian reason, and lists the good ones', async () => {
      const listing = await listOf(store);
      expect(listing.libraryPath).toBe(root);
      expect(listing.articles).toHaveLength(2);
      expect(listing.articles.map((a) => a.headline)).toContain('Добра стаття');
      expect(listing.damaged).toHaveLength(damagedCases.length);
      for (const c of damagedCases) {
        const entry = listing.damaged.find((d) => d.path === store.articleFilePath(c.id));
        expect(entry, c.id).toBeDefined();
        expect(worded(entry?.reason), c.id).toMatch(CYRILLIC);
        expect(worded(entry?.reason), c.id).toMatch(c.reason);
      }
    });

    it('scan() skips hidden folders, stray files and folders without article.json', async () => {
      await mkdir(path.join(root, 'articles', '.trash', 'old'), { recursive: true });
      await writeFile(path.join(root, 'articles', '.trash', 'old', 'article.json'), '{');
      await writeFile(path.join(root, 'articles', 'notes.txt'), 'нотатки');
      await mkdir(path.join(root, 'articles', 'empty-folder'));
      const listing = await listOf(store);
      expect(listing.articles).toHaveLength(2);
      expect(listing.damaged).toHaveLength(damagedCases.length);
    });

    it('scan() sorts articles newest first', async () => {
      const newer = await store.create('Найновіша');
      const listing = await listOf(store);
      expect(listing.articles[0]?.id).toBe(newer.article.id);
      const times = listing.articles.map((a) => a.updatedAt);
      expect(times).toEqual([...times].sort().reverse());
    });

    it.each(damagedCases.map((c) => [c.id]))('get(%j) is damaged-file and leaves the bytes untouched', async (id) => {
      const file = store.articleFilePath(id);
      const before = await readFile(file);
      const mtime = (await stat(file)).mtimeMs;
      const error = await expectCode(store.get(id), 'damaged-file');
      expect(error.message).toContain(file);
      expect(await readFile(file)).toEqual(before);
      expect((await stat(file)).mtimeMs).toBe(mtime);
    });

    it('a damaged file is never overwritten by a save', async () => {
      const file = store.articleFilePath('future-version');
      const before = await readFile(file);
      const attempt = sampleArticle('future-version', new Date('2025-12-19T10:00:00Z'));
      // Refused as what it is: a file this version cannot read, not another version of the article.
      await expectCode(store.save(attempt, null), 'damaged-file');
      await expectCode(store.save(attempt, 'some-old-hash'), 'damaged-file');
      expect(await readFile(file)).toEqual(before);
    });
  });

  it('scan() of a library folder that does not exist is an io-error naming the folder', async () => {
    const error = await expectCode(listOf(store), 'io-error');
    expect(error.message).toContain(path.join(root, 'articles'));
  });
});
