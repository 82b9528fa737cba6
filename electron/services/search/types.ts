import type { LibraryQuery, MethodArgs, Snippet } from '../../../shared/api/contract';
import type { Article, ArticleSummary } from '../../../shared/domain/article';

/** The query and snippet shapes are the API contract's: one definition for the page and the services. */
export type { LibraryCard, LibraryQuery, RelatedSuggestion, Snippet } from '../../../shared/api/contract';

/** Which article to suggest read-also for, what it lists already, and how many. */
export type RelatedQuery = MethodArgs<'library.related'>;

export type LibrarySort = NonNullable<LibraryQuery['sort']>;

export type LibraryItem = ArticleSummary & {
  publishAt: string | null;
  tags: string[];
  authors: string[];
  /** Only when the query has text: the words around the first match in the lead and body. */
  snippet: Snippet | null;
};

export interface LibraryPage {
  /** All matches, not only this page. */
  total: number;
  items: LibraryItem[];
}

/** One article as the library read it from disk; hash, mtime and size let it skip unchanged files. */
export interface IndexEntry {
  article: Article;
  hash: string;
  mtimeMs: number;
  size: number;
}

export interface IndexedFile {
  hash: string;
  mtimeMs: number;
  size: number;
}

export interface FacetCount {
  name: string;
  count: number;
}

export interface Facets {
  rubrics: FacetCount[];
  tags: FacetCount[];
  authors: FacetCount[];
}

/**
 * How the index file was found: 'existing' (reused), 'created' (there was none), 'recreated' (it was
 * damaged or of another format and was deleted). After 'created' and 'recreated' the index is empty and
 * the caller fills it from the files.
 */
export type IndexOpenStatus = 'existing' | 'created' | 'recreated';

/**
 * How much `SearchIndex.open` checks an existing file: 'full' reads every page (`PRAGMA quick_check`,
 * ~0.8 s for 10,000 articles); 'after-crash' does that only when the last session did not close the
 * index, else checks header, format and tables (~1 ms).
 */
export type IndexCheck = 'full' | 'after-crash';
