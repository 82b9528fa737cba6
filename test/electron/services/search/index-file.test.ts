import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INDEX_USER_VERSION } from '../../../../electron/services/search/index-schema';
import { openSearchIndex } from '../../../../electron/services/search/open-search-index';
import { SearchIndex } from '../../../../electron/services/search/search-index';
import { STEMMER_VERSION } from '../../../../shared/text/uk-stemmer';
import type { IndexCheck } from '../../../../electron/services/search/types';
import { article, entry, ids, useIndexes } from './search-fixtures';

const { open, reopen } = useIndexes();

/** The index at `file` answers as a working, empty index should. */
function expectUsableAndEmpty(file: string): void {
  const index = reopen(file);
  expect(index.openStatus).toBe('existing');
  expect(index.count()).toBe(0);
  index.upsert(entry(article('fresh', { body: ['Гарантії безпеки.'] })));
  expect(ids(index.list({ text: 'безпеку' }))).toEqual(['fresh']);
}

/** Opens `file` as it is now, after the test damaged it, and expects an empty replacement. */
function openDamaged(file: string, check?: IndexCheck): SearchIndex {
  const index = reopen(file, check ? { check } : {});
  expect(index.openStatus).toBe('recreated');
  expect(index.needsRebuild).toBe(true);
  expect(index.count()).toBe(0);
  return index;
}

/** The session flag as another connection sees it: 1 while the index is open, 0 after a clean close. */
function sessionFlag(file: string): unknown {
  const probe = new Database(file, { readonly: true });
  try {
    return probe.prepare('SELECT open FROM index_session').pluck().get();
  } finally {
    probe.close();
  }
}

function setSessionFlag(file: string, value: number): void {
  const db = new Database(file);
  db.prepare('UPDATE index_session SET open = ?').run(value);
  db.close();
}

/** Overwrites everything after the header page: SQLite opens the file, but its b-trees are garbage. */
async function scramblePages(file: string): Promise<void> {
  const bytes = await readFile(file);
  for (let i = 4096; i < bytes.length; i += 1) bytes[i] = (i * 31 + 7) % 256;
  await writeFile(file, bytes);
}

/** An index of 200 small articles, closed cleanly. */
async function closedIndex(): Promise<string> {
  const { index, file } = await open();
  index.upsertMany(
    Array.from({ length: 200 }, (_, i) => entry(article(`a${i}`, { tags: [`т${i}`], body: [`Бюджет ${i}.`] }))),
  );
  index.close();
  expect((await stat(file)).size).toBeGreaterThan(16 * 4096);
  return file;
}

describe('SearchIndex.open', () => {
  it('makes a missing index (and its folder), empty and flagged for a build', async () => {
    const { index, file } = await open();
    expect(existsSync(file)).toBe(true);
    expect(index.openStatus).toBe('created');
    expect(index.needsRebuild).toBe(true);
    expect(index.openReason).toBeNull();
    expect(index.count()).toBe(0);
  });

  it('reuses an index that is there, in WAL mode', async () => {
    const { index, file } = await open();
    index.upsert(entry(article('a', { headline: 'Тарифи' })));
    index.close();
    const again = reopen(file);
    expect(again.openStatus).toBe('existing');
    expect(again.needsRebuild).toBe(false);
    expect(ids(again.list({ text: 'тарифів' }))).toEqual(['a']);
    const probe = new Database(file, { readonly: true });
    try {
      expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      probe.close();
    }
  });

  it('replaces a file of garbage bytes, saying why', async () => {
    const { index, file } = await open();
    index.close();
    await writeFile(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)));
    const recreated = openDamaged(file);
    expect(recreated.openReason).toMatch(/not a database/);
    recreated.close();
    expectUsableAndEmpty(file);
  });

  it('replaces an empty file', async () => {
    const { index, file } = await open();
    index.close();
    await writeFile(file, '');
    openDamaged(file).close();
    expectUsableAndEmpty(file);
  });

  it('replaces another program’s SQLite database at its path', async () => {
    const { index, file } = await open();
    index.close();
    await rm(file);
    const foreign = new Database(file);
    foreign.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)');
    foreign.close();
    expect(openDamaged(file).openReason).toMatch(/application_id/);
  });

  it('replaces an index of another format or stemmer version', async () => {
    const { index, file } = await open();
    index.upsert(entry(article('a')));
    index.close();
    const old = new Database(file);
    old.pragma(`user_version = ${INDEX_USER_VERSION - 1}`);
    old.close();
    expect(openDamaged(file).openReason).toMatch(new RegExp(String(INDEX_USER_VERSION - 1)));
  });

  it('rebuilds an index written before authors and rubrics were searched', async () => {
    const { index, file } = await open();
    index.upsert(entry(article('a', { authors: [{ name: 'Олена Коваленко' }] })));
    index.close();
    // The first schema's full-text table, as an earlier build left it, with that build's version.
    const old = new Database(file);
    old.exec(`DROP TABLE article_fts;
      CREATE VIRTUAL TABLE article_fts USING fts5(headline, lead, body, tags, content = '', contentless_delete = 1)`);
    old.pragma(`user_version = ${1000 + STEMMER_VERSION}`);
    old.close();
    expect(openDamaged(file).openReason).toMatch(/another index version/);
  });

  it('rebuilds an index whose full-text columns are not the ones this build writes', async () => {
    const { index, file } = await open();
    index.close();
    const odd = new Database(file);
    odd.exec(`DROP TABLE article_fts;
      CREATE VIRTUAL TABLE article_fts USING fts5(headline, lead, body, tags, content = '', contentless_delete = 1)`);
    odd.close();
    expect(openDamaged(file).openReason).toMatch(/full-text columns/);
  });

  it('replaces an index whose pages were damaged (integrity check)', async () => {
    const file = await closedIndex();
    await scramblePages(file);
    const recreated = openDamaged(file);
    expect(recreated.openReason).not.toBeNull();
    recreated.close();
    expectUsableAndEmpty(file);
  });

  it('ignores a stale WAL left beside a missing index', async () => {
    const { index, file } = await open();
    index.close();
    await rm(file);
    await writeFile(`${file}-wal`, 'stale');
    const fresh = reopen(file);
    expect(fresh.openStatus).toBe('created');
    expect(fresh.count()).toBe(0);
  });

  it('destroy() deletes the files: the next open starts empty', async () => {
    const { index, file } = await open();
    index.upsert(entry(article('a')));
    index.destroy();
    expect(existsSync(file)).toBe(false);
    expect(reopen(file).openStatus).toBe('created');
  });
});

describe('SearchIndex.open: the session flag and the after-crash check', () => {
  it('is set while the index is open and cleared by a clean close', async () => {
    const { index, file } = await open();
    expect(sessionFlag(file)).toBe(1);
    index.close();
    expect(sessionFlag(file)).toBe(0);
    reopen(file, { check: 'after-crash' });
    expect(sessionFlag(file)).toBe(1);
  });

  it("'after-crash' checks every page when the last session did not close the index", async () => {
    const file = await closedIndex();
    setSessionFlag(file, 1);
    await scramblePages(file);
    expect(openDamaged(file, 'after-crash').openReason).not.toBeNull();
  });

  it("'after-crash' still checks header, format and tables after a clean close", async () => {
    const file = await closedIndex();
    const old = new Database(file);
    old.pragma(`user_version = ${INDEX_USER_VERSION + 1}`);
    old.close();
    openDamaged(file, 'after-crash').close();
    await writeFile(file, 'garbage'.repeat(1000));
    openDamaged(file, 'after-crash');
  });

  it('an index that went bad while open: calls throw a damage error, destroy() and reopen recover', async () => {
    const file = await closedIndex();
    const index = reopen(file, { check: 'after-crash' });
    expect(index.openStatus).toBe('existing');
    await scramblePages(file);
    let thrown: unknown = null;
    try {
      index.list({ text: 'бюджет' });
      index.facets();
      index.known();
    } catch (error) {
      thrown = error;
    }
    expect(SearchIndex.isDamage(thrown)).toBe(true);
    index.destroy();
    expect(reopen(file).openStatus).toBe('created');
  });

  it('openSearchIndex (the library session’s factory) uses the after-crash check', async () => {
    const file = await closedIndex();
    setSessionFlag(file, 1);
    await scramblePages(file);
    const index = openSearchIndex(file);
    try {
      expect(index.openStatus).toBe('recreated');
      expect(index.needsRebuild).toBe(true);
    } finally {
      index.close();
    }
  });

  it('isDamage() is false for other errors', () => {
    expect(SearchIndex.isDamage(new Error('boom'))).toBe(false);
    expect(SearchIndex.isDamage(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBe(false);
    expect(SearchIndex.isDamage(null)).toBe(false);
  });
});
