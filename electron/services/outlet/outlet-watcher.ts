import { watch, type FSWatcher, promises as fsp } from 'node:fs';
import { OUTLET_FILE_NAME } from '../../../shared/outlet/outlet-profile';
import { hashBytes } from '../library/article-file';
import type { OutletStore } from './outlet-store';

/**
 * Watches the library folder for a new outlet.json (a colleague's save arriving by sync, a hand edit) and
 * tells the listener its hash (null: gone or unreadable). This process's own saves are not news.
 *
 * The folder is watched, not the file: an atomic save renames a new file over it, and a watch on the file
 * would follow the old one away.
 */
export class OutletWatcher {
  private watcher: FSWatcher | null = null;
  private pending: NodeJS.Timeout | null = null;
  private lastHash: string | null | undefined;

  constructor(
    private readonly store: OutletStore,
    private readonly onChange: (hash: string | null) => void,
    private readonly settleMs = 150,
  ) {}

  async start(): Promise<void> {
    if (this.watcher) return;
    this.lastHash = await this.currentHash();
    this.watcher = watch(this.store.root, (_kind, filename) => {
      if (filename?.toString() === OUTLET_FILE_NAME) this.schedule();
    });
    this.watcher.on('error', () => this.stop());
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
  }

  /** Events come in bursts (temp file, rename, a sync tool's own steps): act once they settle. */
  private schedule(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = null;
      void this.check();
    }, this.settleMs);
  }

  private async check(): Promise<void> {
    const hash = await this.currentHash();
    if (!this.watcher || hash === this.lastHash) return;
    this.lastHash = hash;
    if (!this.store.isOwnVersion(hash)) this.onChange(hash);
  }

  private async currentHash(): Promise<string | null> {
    try {
      return hashBytes(await fsp.readFile(this.store.filePath));
    } catch {
      return null;
    }
  }
}
