import type {
  ArticleListItem,
  DamagedFile,
  LibraryCard,
  LibraryQuery,
  MethodArgs,
  RelatedSuggestion,
  Snippet,
} from '../../../shared/api/contract';
import type { Article, ArticleStatus, ArticleSummary } from '../../../shared/domain/article';
import type { StatusCounts } from '../../../shared/workflow/library-views';
import { message } from '../../../shared/i18n/message';
import type { ConflictCopies, FolderCopy } from './conflict-copies';
import type { LibraryStore, ScannedArticle } from './library-store';

export interface IndexedFile {
  hash: string;
  mtimeMs: number;
  size: number;
}

export type IndexedItem = ArticleSummary & {
  publishAt: string | null;
  tags: string[];
  authors: string[];
  snippet: Snippet | null;
};

/** What the catalog needs of the search index (electron/services/search). */
export interface ArticleIndex {
  upsert(entry: { article: Article } & IndexedFile): void;
  upsertMany(entries: ReadonlyArray<{ article: Article } & IndexedFile>): void;
  remove(id: string): void;
  known(): Map<string, IndexedFile>;
  list(query: LibraryQuery): { total: number; items: IndexedItem[] };
  facets(): {
    rubrics: Array<{ name: string; count: number }>;
    tags: Array<{ name: string; count: number }>;
    authors: Array<{ name: string; count: number }>;
  };
  related(query: MethodArgs<'library.related'>): RelatedSuggestion[];
  lookup(ids: readonly string[]): LibraryCard[];
  /** Every slug in use but that article's. */
  slugs(except: string): string[];
  /** How many articles have each status, all and those `author` wrote. */
  statusCounts(author: string): StatusCounts;
  statusOf(id: string): ArticleStatus | null;
  close(): void;
  /** Closes and deletes the index file (it is a cache: the files rebuild it). */
  destroy(): void;
}

/** An article's move to another status, as its file showed it (the `article.status` event). */
export interface StatusChange {
  id: string;
  headline: string;
  from: ArticleStatus;
  to: ArticleStatus;
  authors: string[];
}

export interface IndexingProgress {
  done: number;
  total: number;
}

const BATCH = 64;

/**
 * The library as the list shows it: the files are the truth, the index a cache kept in step with them.
 * Start-up compares the index with the files (size and mtime first, then every file's content hash in
 * the background, since a same-size edit may keep its mtime); every save and every change from
 * elsewhere refreshes one article.
 */
export class LibraryCatalog {
  private readonly damaged = new Map<string, DamagedFile[]>();
  private readonly conflicts = new Map<string, number>();
  private progress: IndexingProgress | null = null;
  /** Background work may still be running when settings switch libraries: it then stops quietly. */
  private closed = false;

  constructor(
    private readonly store: LibraryStore,
    private readonly index: ArticleIndex,
    private readonly copies: ConflictCopies,
  ) {}

  get indexing(): IndexingProgress | null {
    return this.progress;
  }

  /**
   * Brings the index in step with the files by size and mtime: fast when little changed. Files whose
   * stat differs (or that the index has never seen) are read and indexed in batches.
   */
  async sync(onProgress: () => void = () => undefined): Promise<void> {
    const ids = await this.store.articleIds();
    if (this.closed) return;
    const known = this.index.known();
    const present = new Set(ids);
    for (const id of known.keys()) {
      if (!present.has(id)) this.forget(id);
    }
    this.forgetDamagedOutside(ids);
    const stale: string[] = [];
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const stats = await Promise.all(batch.map((id) => this.statOf(id)));
      batch.forEach((id, i) => {
        const indexed = known.get(id);
        const stat = stats[i];
        if (
          !indexed ||
          !stat ||
          this.damaged.has(id) ||
          indexed.size !== stat.size ||
          indexed.mtimeMs !== stat.mtimeMs
        ) {
          stale.push(id);
        }
      });
    }
    await this.reindex(stale, onProgress);
  }

  /** The slow, thorough pass: every file's content hash, missing media and conflict copies. */
  async verify(onProgress: () => void = () => undefined): Promise<number> {
    const ids = await this.store.articleIds();
    if (this.closed) return 0;
    const known = this.index.known();
    this.forgetDamagedOutside(ids);
    let changed = 0;
    this.progress = { done: 0, total: ids.length };
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const results = await Promise.all(batch.map((id) => this.inspectOne(id)));
      if (this.closed) return changed;
      const updates: ScannedArticle[] = [];
      for (const [i, id] of batch.entries()) {
        const result = results[i];
        if (!result) continue;
        if (result.article && result.article.hash !== known.get(id)?.hash) updates.push(result.article);
        if (!result.article && known.has(id)) {
          this.index.remove(id);
          changed += 1;
        }
      }
      if (updates.length > 0) this.index.upsertMany(updates);
      changed += updates.length;
      this.progress = { done: Math.min(ids.length, start + BATCH), total: ids.length };
      onProgress();
    }
    // One listing of articles/ for every article's folder-level copies, not one per article.
    const folderCopies = await this.copies.folderCopies();
    for (let start = 0; start < ids.length; start += BATCH) {
      await Promise.all(
        ids.slice(start, start + BATCH).map(async (id) => {
          // Per article: a folder that cannot be listed must not stop the others' counts.
          await this.countConflicts(id, folderCopies).catch(() => undefined);
          await this.store.sweepTempFiles(id).catch(() => undefined);
        }),
      );
    }
    this.progress = null;
    return changed;
  }

  /** After a save here or a change from elsewhere: one article re-read and re-indexed. */
  /**
   * Reads one article's file again into the index. Returns its status change when the file moved the article
   * to another status (a colleague's step arriving through a synced folder), else null.
   */
  async refresh(id: string): Promise<StatusChange | null> {
    if (this.closed) return null;
    const before = this.index.statusOf(id);
    const result = await this.inspectOne(id);
    if (this.closed) return null;
    if (!result?.article) this.index.remove(id);
    else this.index.upsert(result.article);
    await this.countConflicts(id).catch(() => undefined);
    const article = result?.article?.article;
    if (!article || before === null || before === article.status) return null;
    return {
      id,
      headline: article.headline,
      from: before,
      to: article.status,
      authors: article.authors.map((author) => author.name),
    };
  }

  forget(id: string): void {
    this.index.remove(id);
    this.damaged.delete(id);
    this.conflicts.delete(id);
  }

  list(query: LibraryQuery): { total: number; articles: ArticleListItem[]; damaged: DamagedFile[] } {
    const { total, items } = this.index.list(query);
    return {
      total,
      articles: items.map((item) => ({ ...item, conflicts: this.conflicts.get(item.id) ?? 0 })),
      damaged: [...this.damaged.values()].flat().sort((a, b) => a.path.localeCompare(b.path)),
    };
  }

  facets(): ReturnType<ArticleIndex['facets']> {
    return this.index.facets();
  }

  related(query: Parameters<ArticleIndex['related']>[0]): RelatedSuggestion[] {
    return this.index.related(query);
  }

  lookup(ids: readonly string[]): LibraryCard[] {
    return this.index.lookup(ids);
  }

  /** The articles with another version beside them (a colleague's, a sync tool's), most copies first, then by headline. */
  conflicted(): Array<LibraryCard & { copies: number }> {
    return this.index
      .lookup([...this.conflicts.keys()])
      .map((card) => ({ ...card, copies: this.conflicts.get(card.id) ?? 0 }))
      .filter((card) => card.copies > 0)
      .sort((a, b) => b.copies - a.copies || a.headline.localeCompare(b.headline, 'uk'));
  }

  /** How many articles have another version beside them. */
  conflictedCount(): number {
    return this.conflicts.size;
  }

  slugs(except: string): string[] {
    return this.index.slugs(except);
  }

  statusCounts(author: string): StatusCounts {
    return this.index.statusCounts(author);
  }

  statusOf(id: string): ArticleStatus | null {
    return this.index.statusOf(id);
  }

  close(): void {
    this.closed = true;
    this.index.close();
  }

  private async reindex(ids: readonly string[], onProgress: () => void): Promise<void> {
    if (ids.length === 0) return;
    this.progress = { done: 0, total: ids.length };
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const results = await Promise.all(batch.map((id) => this.inspectOne(id)));
      if (this.closed) return;
      const entries = results.flatMap((result) => (result?.article ? [result.article] : []));
      if (entries.length > 0) this.index.upsertMany(entries);
      batch.forEach((id, i) => {
        if (!results[i]?.article) this.index.remove(id);
      });
      this.progress = { done: Math.min(ids.length, start + BATCH), total: ids.length };
      onProgress();
    }
    this.progress = null;
  }

  /** Never throws: whatever goes wrong with one article's files makes it a damaged entry, and the others go on. */
  private async inspectOne(id: string): Promise<{ article: ScannedArticle | null } | null> {
    const result = await this.store.inspect(id).catch(() => ({
      article: null,
      damaged: [{ path: this.store.articleFilePath(id), reason: message('damaged.unverified') }],
    }));
    if (result.damaged.length > 0) this.damaged.set(id, result.damaged);
    else this.damaged.delete(id);
    return result;
  }

  /** A damaged file never reaches the index, so its report (and any conflict count) is dropped here once its folder is gone. */
  private forgetDamagedOutside(ids: readonly string[]): void {
    const present = new Set(ids);
    for (const id of [...this.damaged.keys()]) if (!present.has(id)) this.damaged.delete(id);
    for (const id of [...this.conflicts.keys()]) if (!present.has(id)) this.conflicts.delete(id);
  }

  private async statOf(id: string): Promise<{ size: number; mtimeMs: number } | null> {
    try {
      const stat = await this.store.fileSystem.stat(this.store.articleFilePath(id));
      return { size: stat.size, mtimeMs: stat.mtimeMs };
    } catch {
      return null;
    }
  }

  private async countConflicts(id: string, folderCopies?: FolderCopy[]): Promise<void> {
    const count = (await this.copies.locate(id, folderCopies)).length;
    if (count > 0) this.conflicts.set(id, count);
    else this.conflicts.delete(id);
  }
}
