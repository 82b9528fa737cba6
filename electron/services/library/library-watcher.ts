import { watch, type FSWatcher, promises as fsp } from 'node:fs';
import path from 'node:path';
import { NOTES_FILE_NAME } from '../../../shared/notes/notes-file';
import { hashBytes } from './article-file';
import type { LibraryStore } from './library-store';
import { ARTICLE_FILE_NAME, classifyArticlesEntry, isArticleId } from './sync-conflicts';

export interface LibraryChangeListener {
  /** An article file changed for a reason other than our own save (hash null: it is gone or unreadable). */
  articleChanged(id: string, hash: string | null): void;
  /** Something else changed for this article: its folder appeared or vanished, or a conflict copy came or went. */
  articleTouched(id: string): void;
  /** The article's notes.json changed (read it again); the listener tells its own writes apart. */
  notesChanged?(id: string, hash: string | null): void;
}

/**
 * Watches the articles folder and tells the listener what changed. Changes are compared by content
 * hash: an edit that keeps size and mtime still counts; our own saves are recognised by their hash.
 *
 * Each article folder has its own non-recursive watch: a recursive watch on Linux (Node 20) follows
 * file inodes, and loses a file as soon as an atomic save (ours or a sync tool's) renames over it.
 */
export class LibraryWatcher {
  private rootWatcher: FSWatcher | null = null;
  private readonly folderWatchers = new Map<string, FSWatcher>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private running = false;

  constructor(
    private readonly store: LibraryStore,
    private readonly listener: LibraryChangeListener,
    private readonly settleMs = 150,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.rootWatcher = watch(this.store.articlesDir, (_kind, filename) => {
      const name = filename?.toString();
      if (!name) return;
      if (isArticleId(name)) void this.syncFolder(name);
      else {
        const entry = classifyArticlesEntry(name);
        if (entry.kind === 'folder-conflict') this.schedule(entry.id, 'touched');
      }
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
  }

  /** A folder appeared or disappeared under articles/: follow it, and check its file. */
  private async syncFolder(id: string): Promise<void> {
    const exists = await fsp.stat(this.store.articleDir(id)).then(
      (stat) => stat.isDirectory(),
      () => false,
    );
    if (!this.running) return;
    if (exists) this.watchFolder(id);
    else {
      this.folderWatchers.get(id)?.close();
      this.folderWatchers.delete(id);
    }
    // The folder itself came or went: the catalog must look even if the file's bytes are ones we know
    // (a folder moved away and back); an outside change of the bytes is reported as well.
    this.schedule(id, 'touched');
    this.schedule(id, 'file');
  }

  private watchFolder(id: string): void {
    if (this.folderWatchers.has(id)) return;
    try {
      const watcher = watch(this.store.articleDir(id), (_kind, filename) => {
        const name = filename?.toString();
        if (name === ARTICLE_FILE_NAME) this.schedule(id, 'file');
        else if (name === NOTES_FILE_NAME) this.schedule(id, 'notes');
        else if (name && !name.startsWith('.')) this.schedule(id, 'touched');
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

  /** Events come in bursts (temp file, rename, sync tools' own steps): act once they settle. */
  private schedule(id: string, what: 'file' | 'touched' | 'notes'): void {
    const key = `${what}:${id}`;
    const existing = this.pending.get(key);
    if (existing) clearTimeout(existing);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (what === 'file') void this.checkFile(id);
        else if (what === 'notes') void this.checkNotes(id);
        else if (this.running) this.listener.articleTouched(id);
      }, this.settleMs),
    );
  }

  private async checkNotes(id: string): Promise<void> {
    const file = path.join(this.store.articleDir(id), NOTES_FILE_NAME);
    const hash = await fsp.readFile(file).then(hashBytes, () => null);
    if (this.running) this.listener.notesChanged?.(id, hash);
  }

  private async checkFile(id: string): Promise<void> {
    let hash: string | null = null;
    try {
      hash = hashBytes(await fsp.readFile(this.store.articleFilePath(id)));
    } catch {
      hash = null; // removed or unreadable
    }
    if (!this.running || this.store.isOwnVersion(id, hash)) return;
    this.listener.articleChanged(id, hash);
  }
}
