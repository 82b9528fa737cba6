import { watch, type FSWatcher, promises as fsp } from 'node:fs';
import { ArticleIdSchema } from '../../../shared/domain/article';
import type { EventBus } from '../api/event-bus';
import { hashBytes } from './article-file';
import type { LibraryStore } from './library-store';

/**
 * Watches the articles folder and tells the page when a file changed for a reason other than our
 * own save. Changes are compared by content hash: an edit that keeps size and mtime still counts.
 *
 * Each article folder has its own non-recursive watch: a recursive watch on Linux (Node 20) follows
 * file inodes, and loses a file as soon as an atomic save (ours or a sync tool's) renames over it.
 */
export class LibraryWatcher {
  private rootWatcher: FSWatcher | null = null;
  private readonly folderWatchers = new Map<string, FSWatcher>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private listTimer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly store: LibraryStore,
    private readonly bus: EventBus,
    private readonly settleMs = 150,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.rootWatcher = watch(this.store.articlesDir, (_kind, filename) => {
      const id = filename?.toString();
      if (id && isArticleId(id)) void this.syncFolder(id);
      this.scheduleListChange();
    });
    this.rootWatcher.on('error', () => this.stop());
    for (const id of await fsp.readdir(this.store.articlesDir)) {
      if (isArticleId(id)) this.watchFolder(id);
    }
  }

  stop(): void {
    this.running = false;
    this.rootWatcher?.close();
    this.rootWatcher = null;
    for (const watcher of this.folderWatchers.values()) watcher.close();
    this.folderWatchers.clear();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    if (this.listTimer) clearTimeout(this.listTimer);
    this.listTimer = null;
  }

  /** A folder appeared or disappeared under articles/: follow it, and check its file. */
  private async syncFolder(id: string): Promise<void> {
    const exists = await fsp.stat(this.store.articleDir(id)).then(
      (stat) => stat.isDirectory(),
      () => false,
    );
    if (!this.running) return;
    if (exists) {
      this.watchFolder(id);
      this.scheduleCheck(id);
    } else {
      this.folderWatchers.get(id)?.close();
      this.folderWatchers.delete(id);
    }
  }

  private watchFolder(id: string): void {
    if (this.folderWatchers.has(id)) return;
    try {
      const watcher = watch(this.store.articleDir(id), (_kind, filename) => {
        if (filename?.toString() === 'article.json') this.scheduleCheck(id);
      });
      watcher.on('error', () => {
        watcher.close();
        this.folderWatchers.delete(id);
      });
      this.folderWatchers.set(id, watcher);
    } catch {
      // The folder vanished between listing and watching; the root watch reports it.
    }
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
    if (!this.running || this.store.isOwnVersion(id, hash)) return;
    this.bus.emit('article.changed', { id, hash });
    this.scheduleListChange();
  }
}

function isArticleId(name: string): boolean {
  return ArticleIdSchema.safeParse(name).success;
}
