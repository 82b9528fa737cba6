import type { Database, Statement } from 'better-sqlite3';
import { filterClauses, type SqlParam } from './filters';
import { articleText } from './index-terms';
import { openIndexFile, removeIndexFiles } from './index-file';
import { markSession } from './index-schema';
import { lookupCards, relatedArticles } from './related-articles';
import { ftsQuery, parseQueryText } from './query-terms';
import { snippetOf } from './snippet';
import type {
  FacetCount,
  Facets,
  IndexCheck,
  IndexEntry,
  IndexedFile,
  IndexOpenStatus,
  LibraryItem,
  LibraryCard,
  LibraryPage,
  LibraryQuery,
  RelatedQuery,
  RelatedSuggestion,
} from './types';
import type { ArticleStatus } from '../../../shared/domain/article';
import { relatedTeaser } from '../../../shared/domain/related';
import type { StatusCounts } from '../../../shared/workflow/library-views';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

interface ItemRow {
  doc: number;
  id: string;
  headline: string;
  status: ArticleStatus;
  rubric: string;
  updated_at: string;
  publish_at: string | null;
  tags: string;
  authors: string;
}

const ITEM_COLUMNS = 'a.doc, a.id, a.headline, a.status, a.rubric, a.updated_at, a.publish_at, a.tags, a.authors';

/**
 * A library's search index, kept in the app's data folder (see index-location.ts): SQLite with FTS5 over stemmed
 * Ukrainian text (shared/text/uk-stemmer.ts), derived from the article files and rebuilt from them when
 * missing or damaged. Synchronous (better-sqlite3): a search or a list takes milliseconds (see
 * `npm run bench -- library.`), indexing a 600-word article about 1 ms and a 50,000-word one about 50 ms,
 * so saves are indexed after they are written, never on the typing path.
 */
export class SearchIndex {
  private readonly statements = new Map<string, Statement>();

  private constructor(
    private readonly db: Database,
    /** 'existing', or 'created'/'recreated': then the index is empty and must be filled from the files. */
    readonly openStatus: IndexOpenStatus,
    /** Why a file that was there had to be made anew (for the log). */
    readonly openReason: string | null,
    readonly path: string,
  ) {}

  /**
   * Opens the index at `dbPath` (its folder is made if needed). A damaged, foreign or outdated file is
   * replaced by an empty index: `openStatus` says so and `needsRebuild` is true. Never throws for the
   * file's content (only when the folder cannot be written at all).
   */
  static open(dbPath: string, options: { check?: IndexCheck } = {}): SearchIndex {
    const opened = openIndexFile(dbPath, options.check);
    return new SearchIndex(opened.db, opened.status, opened.reason ?? null, dbPath);
  }

  /**
   * Whether an error thrown by a call means the file went bad while open (a sync tool or a disk wrote
   * into it): then `destroy()` it, open again and fill it from the files.
   */
  static isDamage(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
  }

  /** True when the index was just made (no file, or a damaged one): fill it from every article file. */
  get needsRebuild(): boolean {
    return this.openStatus !== 'existing';
  }

  /** Adds an article or replaces what the index had for its id. */
  upsert(entry: IndexEntry): void {
    this.db.transaction(() => this.write(entry))();
  }

  /** Many articles in one transaction: the cold build of a library. */
  upsertMany(entries: Iterable<IndexEntry>): number {
    let count = 0;
    this.db.transaction(() => {
      for (const entry of entries) {
        this.write(entry);
        count += 1;
      }
    })();
    return count;
  }

  /** Forgets an article; false if the index did not have it. */
  remove(id: string): boolean {
    return this.db.transaction(() => {
      const doc = this.docOf(id);
      if (doc === undefined) return false;
      this.forget(doc);
      this.statement('DELETE FROM articles WHERE doc = ?').run(doc);
      return true;
    })();
  }

  /** What the index holds per article id, so the library can re-read only files that changed. */
  known(): Map<string, IndexedFile> {
    const rows = this.statement('SELECT id, hash, mtime_ms, size FROM articles').all() as {
      id: string;
      hash: string;
      mtime_ms: number;
      size: number;
    }[];
    return new Map(rows.map((row) => [row.id, { hash: row.hash, mtimeMs: row.mtime_ms, size: row.size }]));
  }

  count(): number {
    return (this.statement('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** Filters, text search, sort and one page of results with the total. */
  list(query: LibraryQuery = {}): LibraryPage {
    const terms = parseQueryText(query.text);
    const limit = clampInt(query.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    const offset = clampInt(query.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const { clauses, params } = filterClauses(query);
    const sort = query.sort ?? (terms ? 'relevance' : 'updated');
    // Exactly the expressions of the articles_by_* indexes, so SQLite walks an index instead of sorting.
    const byDate =
      sort === 'published'
        ? 'a.publish_ms IS NULL, a.publish_ms DESC, a.updated_ms DESC, a.id'
        : 'a.updated_ms DESC, a.id';

    if (!terms) {
      const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
      const total = this.scalar(`SELECT count(*) AS n FROM articles a ${where}`, params);
      const rows = this.rows(`SELECT ${ITEM_COLUMNS} FROM articles a ${where} ORDER BY ${byDate} LIMIT ? OFFSET ?`, [
        ...params,
        limit,
        offset,
      ]);
      return { total, items: rows.map((row) => toItem(row, null)) };
    }

    const fts = ftsQuery(terms);
    const joined = 'FROM article_fts JOIN articles a ON a.doc = article_fts.rowid';
    const total =
      clauses.length === 0
        ? this.scalar('SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ?', [fts.match])
        : this.scalar(`SELECT count(*) AS n ${joined} WHERE ${['article_fts MATCH ?', ...clauses].join(' AND ')}`, [
            fts.match,
            ...params,
          ]);
    const order = sort === 'relevance' && fts.ranked ? 'article_fts.rank, a.updated_ms DESC, a.id' : byDate;
    const rows = this.rows(
      `SELECT ${ITEM_COLUMNS} ${joined} WHERE ${['article_fts MATCH ?', ...clauses].join(' AND ')}
       ORDER BY ${order} LIMIT ? OFFSET ?`,
      [fts.match, ...params, limit, offset],
    );
    const plainOf = this.statement('SELECT plain FROM article_text WHERE doc = ?').pluck();
    return {
      total,
      items: rows.map((row) => {
        const item = toItem(row, null);
        const fields = { plain: decodePlain(plainOf.get(row.doc)), authors: item.authors, rubric: item.rubric };
        return { ...item, snippet: snippetOf(fields, terms) };
      }),
    };
  }

  /** Rubrics, tags and authors in use, with how many articles have each: for the filter menus. */
  facets(): Facets {
    const counts = (sql: string) => this.statement(sql).all() as FacetCount[];
    return {
      rubrics: sortFacets(
        counts(`SELECT rubric AS name, count(*) AS count FROM articles WHERE rubric <> '' GROUP BY rubric`),
      ),
      tags: sortFacets(counts('SELECT tag AS name, count(*) AS count FROM article_tags GROUP BY tag')),
      authors: sortFacets(counts('SELECT author AS name, count(*) AS count FROM article_authors GROUP BY author')),
    };
  }

  /** Other articles for the read-also list of one, most related first (related-articles.ts). */
  related(query: RelatedQuery): RelatedSuggestion[] {
    return relatedArticles((sql) => this.statement(sql), query);
  }

  /** The articles of these ids as a read-also entry needs them, in that order; unknown ids left out. */
  lookup(ids: readonly string[]): LibraryCard[] {
    return lookupCards((sql) => this.statement(sql), ids);
  }

  /**
   * How many articles have each status, and how many of those name `author` among their authors (the person's
   * own, for the my-drafts view). Two grouped counts over indexed columns: the library's views show them at once.
   */
  statusCounts(author: string): StatusCounts {
    const tally = (rows: Array<{ status: ArticleStatus; n: number }>) =>
      Object.fromEntries(rows.map((row) => [row.status, row.n])) as StatusCounts['all'];
    const all = this.statement('SELECT status, count(*) AS n FROM articles GROUP BY status').all() as Array<{
      status: ArticleStatus;
      n: number;
    }>;
    const mine = author
      ? (this.statement(
          `SELECT a.status AS status, count(*) AS n FROM article_authors x JOIN articles a ON a.doc = x.doc
           WHERE x.author = ? GROUP BY a.status`,
        ).all(author) as Array<{ status: ArticleStatus; n: number }>)
      : [];
    return { all: tally(all), mine: tally(mine) };
  }

  /** The status the index holds for an article; null if it is not indexed. */
  statusOf(id: string): ArticleStatus | null {
    const status = this.statement('SELECT status FROM articles WHERE id = ?').pluck().get(id);
    return typeof status === 'string' ? (status as ArticleStatus) : null;
  }

  /** Every slug in use but that article's (a trashed article is not in the index: its slug is free). */
  slugs(except: string): string[] {
    const rows = this.statement(`SELECT slug FROM articles WHERE id <> ? AND slug <> ''`).pluck().all(except);
    return rows as string[];
  }

  /** Closes the index, marking it closed cleanly (see {@link IndexCheck}). Never fails for a damaged file. */
  close(): void {
    if (!this.db.open) return;
    try {
      markSession(this.db, false);
      this.db.pragma('optimize');
    } catch (error) {
      // A damaged file stays marked open, so the next open checks it and starts anew.
      if (!SearchIndex.isDamage(error)) throw error;
    } finally {
      this.db.close();
    }
  }

  /** Closes the index and deletes its files: the next open starts empty. */
  destroy(): void {
    try {
      this.close();
    } finally {
      removeIndexFiles(this.path);
    }
  }

  private write({ article, hash, mtimeMs, size }: IndexEntry): void {
    const text = articleText(article);
    const tags = [...new Set(article.tags)];
    const authors = [...new Set(article.authors.map((author) => author.name))];
    const existing = this.docOf(article.id);
    if (existing !== undefined) this.forget(existing);
    const values = [
      article.headline,
      article.slug,
      relatedTeaser(article),
      article.status,
      article.rubric,
      JSON.stringify(tags),
      JSON.stringify(authors),
      article.createdAt,
      article.updatedAt,
      article.publishAt,
      Date.parse(article.updatedAt),
      article.publishAt === null ? null : Date.parse(article.publishAt),
      hash,
      mtimeMs,
      size,
    ];
    let doc: number;
    if (existing === undefined) {
      doc = Number(
        this.statement(
          `INSERT INTO articles (id, headline, slug, teaser, status, rubric, tags, authors, created_at, updated_at,
             publish_at, updated_ms, publish_ms, hash, mtime_ms, size)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(article.id, ...values).lastInsertRowid,
      );
    } else {
      doc = existing;
      this.statement(
        `UPDATE articles SET headline = ?, slug = ?, teaser = ?, status = ?, rubric = ?, tags = ?, authors = ?, created_at = ?,
           updated_at = ?, publish_at = ?, updated_ms = ?, publish_ms = ?, hash = ?, mtime_ms = ?, size = ?
         WHERE doc = ?`,
      ).run(...values, doc);
    }
    this.statement('INSERT INTO article_text (doc, lead, plain) VALUES (?, ?, ?)').run(
      doc,
      article.lead,
      Buffer.from(text.plain, 'utf16le'),
    );
    this.statement(
      'INSERT INTO article_fts (rowid, headline, lead, body, tags, authors, rubric) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(doc, text.headlineTerms, text.leadTerms, text.bodyTerms, text.tagTerms, text.authorTerms, text.rubricTerms);
    const addTag = this.statement('INSERT INTO article_tags (tag, doc) VALUES (?, ?)');
    for (const tag of tags) addTag.run(tag, doc);
    const addAuthor = this.statement('INSERT INTO article_authors (author, doc) VALUES (?, ?)');
    for (const author of authors) addAuthor.run(author, doc);
  }

  /** Removes everything derived from an article but its row (which upsert updates in place). */
  private forget(doc: number): void {
    this.statement('DELETE FROM article_fts WHERE rowid = ?').run(doc);
    this.statement('DELETE FROM article_text WHERE doc = ?').run(doc);
    this.statement('DELETE FROM article_tags WHERE doc = ?').run(doc);
    this.statement('DELETE FROM article_authors WHERE doc = ?').run(doc);
  }

  private docOf(id: string): number | undefined {
    return this.statement('SELECT doc FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
  }

  private scalar(sql: string, params: SqlParam[]): number {
    return (this.statement(sql).get(...params) as { n: number }).n;
  }

  private rows(sql: string, params: SqlParam[]): ItemRow[] {
    return this.statement(sql).all(...params) as ItemRow[];
  }

  /** Prepared once per distinct SQL text: filters combine into a handful of shapes. */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function toItem(row: ItemRow, snippet: LibraryItem['snippet']): LibraryItem {
  return {
    id: row.id,
    headline: row.headline,
    status: row.status,
    rubric: row.rubric,
    updatedAt: row.updated_at,
    publishAt: row.publish_at,
    tags: JSON.parse(row.tags) as string[],
    authors: JSON.parse(row.authors) as string[],
    snippet,
  };
}

function decodePlain(value: unknown): string {
  return Buffer.isBuffer(value) ? value.toString('utf16le') : '';
}

const collator = new Intl.Collator('uk');

function sortFacets(facets: FacetCount[]): FacetCount[] {
  return facets.sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
