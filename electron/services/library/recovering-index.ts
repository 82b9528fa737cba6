import type { ArticleIndex } from './library-catalog';

/**
 * The search index as the catalog uses it, made to survive damage while the app runs (a sync tool or a
 * failing disk writing into the file): a call that finds the file damaged deletes it, opens a new empty
 * index, asks for a refill from the files, and runs again. The files stay the truth; nothing is lost.
 */
export class RecoveringIndex implements ArticleIndex {
  private current: ArticleIndex;

  constructor(
    private readonly open: () => ArticleIndex,
    private readonly isDamage: (error: unknown) => boolean,
    /** Called after a fresh index replaced a damaged one: fill it from the files. */
    private readonly onRecreated: () => void,
  ) {
    this.current = open();
  }

  upsert(entry: Parameters<ArticleIndex['upsert']>[0]): void {
    this.run((index) => index.upsert(entry));
  }

  upsertMany(entries: Parameters<ArticleIndex['upsertMany']>[0]): void {
    this.run((index) => index.upsertMany(entries));
  }

  remove(id: string): void {
    this.run((index) => index.remove(id));
  }

  known(): ReturnType<ArticleIndex['known']> {
    return this.run((index) => index.known());
  }

  list(query: Parameters<ArticleIndex['list']>[0]): ReturnType<ArticleIndex['list']> {
    return this.run((index) => index.list(query));
  }

  facets(): ReturnType<ArticleIndex['facets']> {
    return this.run((index) => index.facets());
  }

  related(query: Parameters<ArticleIndex['related']>[0]): ReturnType<ArticleIndex['related']> {
    return this.run((index) => index.related(query));
  }

  lookup(ids: readonly string[]): ReturnType<ArticleIndex['lookup']> {
    return this.run((index) => index.lookup(ids));
  }

  slugs(except: string): string[] {
    return this.run((index) => index.slugs(except));
  }

  statusCounts(author: string): ReturnType<ArticleIndex['statusCounts']> {
    return this.run((index) => index.statusCounts(author));
  }

  statusOf(id: string): ReturnType<ArticleIndex['statusOf']> {
    return this.run((index) => index.statusOf(id));
  }

  close(): void {
    this.current.close();
  }

  destroy(): void {
    this.current.destroy();
  }

  private run<T>(use: (index: ArticleIndex) => T): T {
    try {
      return use(this.current);
    } catch (error) {
      if (!this.isDamage(error)) throw error;
      try {
        this.current.destroy();
      } catch {
        // Already unusable; the new index is made beside whatever is left of it.
      }
      this.current = this.open();
      this.onRecreated();
      return use(this.current);
    }
  }
}
