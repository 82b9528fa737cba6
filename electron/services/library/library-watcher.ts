import { watch, type FSWatcher, promises as fsp } from 'node:fs';
import path from 'node:path';
import { ArticleIdSchema } from '../../../shared/domain/article';
import type { EventBus } from '../api/event-bus';
import { hashBytes } from './article-file';
import type { LibraryStore } from './library-store';

/**
 * Watches the articles folder and tells the page when a file changed for a reason other than our
 * own save. Changes are compared by content hash: an edit that keeps size and mtime still counts.
 */
export class LibraryWatcher {
  private watcher: FSWatcher | null = null;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private listTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: LibraryStore,
    private readonly bus: EventBus,
    private readonly settleMs = 150,
  ) {}

  start(): void {
    if (this.watcher) return;
    this.watcher = watch(this.store.articlesDir, { recursive: true }, (_kind, filename) => {
      if (!filename) return this.scheduleListChange();
      const [id, file] = filename.toString().split(path.sep);
      if (!id || !ArticleIdSchema.safeParse(id).success) return;
      if (file === undefined) this.scheduleListChange();
      else if (file === 'article.json') this.scheduleCheck(id);
    });
    this.watcher.on('error', () => this.stop());
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    if (this.listTimer) clearTimeout(this.listTimer);
    this.listTimer = null;
  }

  private scheduleListChange(): void {
    if (this.listTimer) clearTimeout(this.listTimer);
    this.listTimer = setTimeout(() => {
      this.listTimer = null;
      this.bus.emit('library.changed', {});
    }, this.settleMs);
  }

  private scheduleCheck(id: string): void {
    const existing = this.pending.get(id);
    if (existing) clearTimeout(existing);
    this.pending.set(
      id,
      setTimeout(() => {
        this.pending.delete(id);
        void this.check(id);
      }, this.settleMs),
    );
  }

  private async check(id: string): Promise<void> {
    let hash: string | null = null;
    try {
      hash = hashBytes(await fsp.readFile(this.store.articleFilePath(id)));
    } catch {
      hash = null; // removed or unreadable: the page reloads the list and finds out which
    }
    if (this.store.isOwnVersion(id, hash)) return;
    this.bus.emit('article.changed', { id, hash });
    this.scheduleListChange();
  }
}
