import type { Database } from 'better-sqlite3';
import { STEMMER_VERSION } from '../../../shared/text/uk-stemmer';
import type { IndexCheck } from './types';

/**
 * Bump when the tables below change: an index of another version is replaced and filled again from the
 * files, never read with columns missing. 2: authors and rubric became searchable. 3: slug and teaser, and
 * the vocabulary, for the read-also list (related-articles.ts).
 */
const SCHEMA_VERSION = 3;
/**
 * `PRAGMA user_version` of an index this build can use. The stemmer's version is part of it: stems
 * written by other rules would silently stop matching the queries, so such an index is rebuilt.
 */
export const INDEX_USER_VERSION = SCHEMA_VERSION * 1000 + STEMMER_VERSION;
/** `PRAGMA application_id`: "Shpt". Tells our index from any other SQLite file that ended up at the path. */
export const INDEX_APPLICATION_ID = 0x53687074;

/**
 * bm25 weights of the FTS columns, in their order: a word in the headline counts most, then tags and authors,
 * lead, rubric, body.
 */
export const COLUMN_WEIGHTS = { headline: 10, lead: 4, body: 1, tags: 6, authors: 6, rubric: 3 } as const;
const FTS_COLUMNS = Object.keys(COLUMN_WEIGHTS);

/**
 * Metadata for listing and filtering; the plain text for snippets apart from it (list scans stay small),
 * as UTF-16LE bytes: a page of results reads 200 of them, and V8 turns UTF-16 into a string ~40 times
 * faster than it decodes Cyrillic UTF-8 (60 µs per 600-word article under Node 20);
 * tags and authors in their own tables for exact filters and facets; the FTS5 table contentless (it holds
 * stems, which are never shown) with delete support. `detail=full` although no query needs positions:
 * with `detail=column` FTS5's bm25() scores every row 0, and relevance is the point of the ranking.
 * Prefix indexes for 2 and 3 letters keep the first keystrokes of a word cheap. `tokenchars '.,'` keeps
 * decimals (`15,5`) one token; every other term is letters and digits only. `article_vocab` says in how many
 * articles each term occurs: the rarity that picks an article's distinctive words for the read-also list.
 */
const DDL = `
CREATE TABLE articles (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  headline TEXT NOT NULL,
  slug TEXT NOT NULL,
  teaser TEXT NOT NULL,
  status TEXT NOT NULL,
  rubric TEXT NOT NULL,
  tags TEXT NOT NULL,
  authors TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  publish_at TEXT,
  updated_ms INTEGER NOT NULL,
  publish_ms INTEGER,
  hash TEXT NOT NULL,
  mtime_ms REAL NOT NULL,
  size INTEGER NOT NULL
);
CREATE INDEX articles_by_updated ON articles (updated_ms DESC, id);
CREATE INDEX articles_by_published ON articles (publish_ms IS NULL, publish_ms DESC, updated_ms DESC, id);
CREATE INDEX articles_by_status ON articles (status, updated_ms DESC, id);
CREATE INDEX articles_by_rubric ON articles (rubric, updated_ms DESC, id);
CREATE TABLE article_text (
  doc INTEGER PRIMARY KEY,
  lead TEXT NOT NULL,
  plain BLOB NOT NULL
);
CREATE TABLE article_tags (
  tag TEXT NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (tag, doc)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_doc ON article_tags (doc);
CREATE TABLE article_authors (
  author TEXT NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (author, doc)
) WITHOUT ROWID;
CREATE INDEX article_authors_by_doc ON article_authors (doc);
CREATE VIRTUAL TABLE article_fts USING fts5(
  ${FTS_COLUMNS.join(', ')},
  content = '',
  contentless_delete = 1,
  detail = full,
  prefix = '2 3',
  tokenize = "unicode61 remove_diacritics 0 tokenchars '.,'"
);
CREATE VIRTUAL TABLE article_vocab USING fts5vocab(article_fts, row);
CREATE TABLE index_session (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  open INTEGER NOT NULL
);
INSERT INTO index_session (id, open) VALUES (1, 0);
INSERT INTO article_fts (article_fts, rank) VALUES ('rank', 'bm25(${Object.values(COLUMN_WEIGHTS).join(', ')})');
`;

/** The tables an index of this version must have; a file missing any of them is not ours. */
const TABLES = [
  'articles',
  'article_text',
  'article_tags',
  'article_authors',
  'article_fts',
  'article_vocab',
  'index_session',
];

export function createSchema(db: Database): void {
  db.transaction(() => {
    db.exec(DDL);
    db.pragma(`application_id = ${INDEX_APPLICATION_ID}`);
    db.pragma(`user_version = ${INDEX_USER_VERSION}`);
  })();
}

/**
 * Why an existing file cannot be used as our index (in English: it goes to the log), or null when it can.
 * Throws if SQLite cannot read it.
 * Reading every page (`quick_check`) takes ~0.8 s for 10,000 articles; with 'after-crash' it is done only
 * when the last session did not close the index (a crash, a power cut, a kill), the usual way a cache
 * gets damaged; the header, format and tables are checked every time.
 */
export function schemaProblem(db: Database, check: IndexCheck): string | null {
  const applicationId = db.pragma('application_id', { simple: true });
  if (applicationId !== INDEX_APPLICATION_ID) return `not a Shpalta index (application_id ${String(applicationId)})`;
  const version = db.pragma('user_version', { simple: true });
  if (version !== INDEX_USER_VERSION)
    return `another index version (${String(version)}, expected ${INDEX_USER_VERSION})`;
  const found = new Set(
    (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name),
  );
  const missing = TABLES.filter((table) => !found.has(table));
  if (missing.length > 0) return `missing tables: ${missing.join(', ')}`;
  const columns = (db.prepare(`SELECT name FROM pragma_table_info('article_fts')`).pluck().all() as string[]).join();
  if (columns !== FTS_COLUMNS.join()) return `other full-text columns (${columns})`;
  const wasOpen = db.prepare('SELECT open FROM index_session WHERE id = 1').pluck().get();
  if (wasOpen !== 0 && wasOpen !== 1) return 'no session mark';
  if (check === 'full' || wasOpen === 1) {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') return `integrity check: ${String(result)}`;
  }
  return null;
}

/** Marks the index as in use (on open) or closed cleanly (on close), for the next open's check. */
export function markSession(db: Database, open: boolean): void {
  db.prepare('UPDATE index_session SET open = ? WHERE id = 1').run(open ? 1 : 0);
}
