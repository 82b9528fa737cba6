import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import { worded } from '../../../support/worded';
import { ApiError } from '../../../../shared/api/errors';
import { ARTICLE_SCHEMA_VERSION } from '../../../../shared/domain/article';
import { ARTICLE_MIGRATIONS, migrateArticle, type ArticleMigration } from '../../../../shared/domain/migrations';
import { hashBytes, parseArticleFile } from '../../../../electron/services/library/article-file';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { useTempDirs } from '../../../fixtures/temp-dir';

/** A made-up version 0 that called the lead `standfirst`, ahead of the real chain (1 → 2). */
const V0_TO_V1: Readonly<Record<number, ArticleMigration>> = {
  ...ARTICLE_MIGRATIONS,
  0: (raw) => ({ ...raw, schemaVersion: 1, lead: raw.standfirst ?? '' }),
};

function v0Article(id: string): Record<string, unknown> {
  return {
    schemaVersion: 0,
    id,
    headline: 'Стара стаття',
    standfirst: 'Лід зі старого формату.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] }] },
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
  };
}

describe('migrateArticle', () => {
  it('the build writes version 2 and migrates from version 1', () => {
    expect(ARTICLE_SCHEMA_VERSION).toBe(2);
    expect(Object.keys(ARTICLE_MIGRATIONS)).toEqual(['1']);
  });

  it('upgrades with an injected table, one version at a time, without touching its input', () => {
    const raw = v0Article('old-1');
    const copy = structuredClone(raw);
    const result = migrateArticle(raw, V0_TO_V1);
    expect(result).toEqual({
      ok: true,
      from: 0,
      raw: { ...raw, schemaVersion: 2, lead: 'Лід зі старого формату.' },
    });
    expect(raw).toEqual(copy);
  });

  it('runs a chain in order up to the target', () => {
    const seen: number[] = [];
    const table: Record<number, ArticleMigration> = {
      0: (raw) => (seen.push(0), { ...raw, schemaVersion: 1, a: 1 }),
      1: (raw) => (seen.push(1), { ...raw, schemaVersion: 2, b: raw.a }),
      2: (raw) => (seen.push(2), { ...raw, schemaVersion: 3 }),
    };
    const result = migrateArticle({ schemaVersion: 0 }, table, 3);
    expect(result).toEqual({ ok: true, from: 0, raw: { schemaVersion: 3, a: 1, b: 1 } });
    expect(seen).toEqual([0, 1, 2]);
  });

  it('a file at the current version passes through as it is', () => {
    const raw = { ...v0Article('x'), schemaVersion: ARTICLE_SCHEMA_VERSION };
    expect(migrateArticle(raw, {})).toEqual({ ok: true, from: ARTICLE_SCHEMA_VERSION, raw });
  });

  it('reports a gap in the chain instead of guessing over it', () => {
    expect(migrateArticle(v0Article('x'), {})).toEqual({
      ok: false,
      newer: false,
      reason: message('damaged.noMigration', { from: 0, to: 1 }),
    });
    const table: Record<number, ArticleMigration> = {
      0: (raw) => ({ ...raw, schemaVersion: 1 }),
      2: (raw) => ({ ...raw, schemaVersion: 3 }),
    };
    expect(migrateArticle({ schemaVersion: 0 }, table, 3)).toMatchObject({
      ok: false,
      newer: false,
      reason: message('damaged.noMigration', { from: 1, to: 2 }),
    });
  });

  it('reports a migration that does not produce the next version', () => {
    const broken: Record<number, ArticleMigration> = { 0: (raw) => ({ ...raw }) };
    expect(migrateArticle(v0Article('x'), broken)).toEqual({
      ok: false,
      newer: false,
      reason: message('damaged.badMigration', { from: 0, got: '0' }),
    });
  });

  it('refuses a file from a newer program (newer: true), naming both versions', () => {
    const result = migrateArticle({ schemaVersion: 3 }, V0_TO_V1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.newer).toBe(true);
    expect(result.reason).toEqual(message('damaged.newerFormat', { version: 3, known: 2 }));
    expect(worded(result.reason)).toContain('новішою версією програми (формат 3, ця версія знає 2)');
  });

  it.each([
    ['missing', {}],
    ['a string', { schemaVersion: '1' }],
    ['a fraction', { schemaVersion: 0.5 }],
    ['negative', { schemaVersion: -1 }],
    ['null', { schemaVersion: null }],
    ['NaN', { schemaVersion: Number.NaN }],
  ])('refuses a %s schemaVersion (newer: false)', (_label, raw) => {
    expect(migrateArticle(raw, V0_TO_V1)).toEqual({
      ok: false,
      newer: false,
      reason: message('damaged.noVersion'),
    });
  });
});

describe('parseArticleFile with migrations', () => {
  it('parses a v0 file as v1 and says it was migrated from 0', () => {
    const parsed = parseArticleFile(JSON.stringify(v0Article('old-1')), 'old-1', V0_TO_V1);
    expect(parsed).toMatchObject({
      ok: true,
      migratedFrom: 0,
      article: { schemaVersion: 2, lead: 'Лід зі старого формату.' },
    });
  });

  it('without the migration, a v0 file is reported, not guessed', () => {
    expect(parseArticleFile(JSON.stringify(v0Article('old-1')), 'old-1', {})).toEqual({
      ok: false,
      reason: message('damaged.noMigration', { from: 0, to: 1 }),
    });
  });

  it('a current file reports migratedFrom null', () => {
    const parsed = parseArticleFile(JSON.stringify({ ...v0Article('cur-1'), schemaVersion: 2 }), 'cur-1');
    expect(parsed).toMatchObject({ ok: true, migratedFrom: null });
  });
});

describe('LibraryStore with injected migrations', () => {
  const tempDir = useTempDirs('shpalta-migrations-');
  let root: string;

  beforeEach(async () => {
    root = path.join(await tempDir(), 'Шпальта');
  });

  async function writeV0(store: LibraryStore, id: string): Promise<Buffer> {
    const bytes = Buffer.from(`${JSON.stringify(v0Article(id), null, 2)}\n`);
    await mkdir(store.articleDir(id), { recursive: true });
    await writeFile(store.articleFilePath(id), bytes);
    return bytes;
  }

  it('reads a v0 file as v1, and leaves the file on disk exactly as it was until a save', async () => {
    const store = new LibraryStore(root, {
      migrations: V0_TO_V1,
      clock: () => new Date('2025-12-19T18:44:00.000Z'),
    });
    await store.ensure();
    const bytes = await writeV0(store, 'old-1');

    const scan = await store.scan();
    expect(scan.damaged).toEqual([]);
    const scanned = scan.articles.find((a) => a.article.id === 'old-1');
    expect(scanned?.article).toMatchObject({
      schemaVersion: 2,
      headline: 'Стара стаття',
      lead: 'Лід зі старого формату.',
    });
    expect(scanned?.article).not.toHaveProperty('standfirst');
    expect(scanned?.hash).toBe(hashBytes(bytes)); // the hash is of the raw bytes, so a save can name it

    const opened = await store.get('old-1');
    expect(opened.article.lead).toBe('Лід зі старого формату.');
    expect(await readFile(store.articleFilePath('old-1'))).toEqual(bytes);

    await store.save({ ...opened.article, headline: 'Оновлена' }, opened.hash);
    const written = JSON.parse(await readFile(store.articleFilePath('old-1'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ schemaVersion: 2, headline: 'Оновлена', lead: 'Лід зі старого формату.' });
    expect(written).not.toHaveProperty('standfirst');
  });

  it('the same file without the migration is reported as damaged with its path, and never rewritten', async () => {
    const store = new LibraryStore(root, { migrations: {} });
    await store.ensure();
    const bytes = await writeV0(store, 'old-1');

    const scan = await store.scan();
    expect(scan.articles.map((a) => a.article.id)).not.toContain('old-1');
    expect(scan.damaged).toEqual([
      { path: store.articleFilePath('old-1'), reason: message('damaged.noMigration', { from: 0, to: 1 }) },
    ]);
    const error = await store.get('old-1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('damaged-file');
    expect(await readFile(store.articleFilePath('old-1'))).toEqual(bytes);
  });

  it('a file from a newer program is reported, and a save over it is refused, leaving it byte-identical', async () => {
    const store = new LibraryStore(root, { migrations: V0_TO_V1 });
    await store.ensure();
    const { article } = await store.create('Наша');
    const future = Buffer.from(`${JSON.stringify({ ...article, schemaVersion: 3, newField: true })}\n`);
    await writeFile(store.articleFilePath(article.id), future);

    const { damaged } = await store.scan();
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.path).toBe(store.articleFilePath(article.id));
    expect(worded(damaged[0]?.reason)).toContain('новішою версією програми');

    const error = await store.save({ ...article, headline: 'Поверх' }, null).catch((caught: unknown) => caught);
    expect((error as ApiError).code).toBe('damaged-file'); // a file this version cannot read
    expect(await readFile(store.articleFilePath(article.id))).toEqual(future);
  });
});
