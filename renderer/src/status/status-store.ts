import type { TextCounts } from '../../../shared/text/counts';
import type { SaveState } from '../workspace/autosave';

export interface StatusSnapshot {
  save: SaveState | null;
  counts: TextCounts | null;
  /** Counts of the body's selection while one is made; null when the cursor is just a caret. */
  selection: TextCounts | null;
  /** The host is unreachable (browser mode, its event stream dropped): said whatever the save state is. */
  hostLost: boolean;
}

/**
 * The status bar's state lives outside React's tree so that typing updates only the bar,
 * never the page around the editor.
 */
export class StatusStore {
  private snapshot: StatusSnapshot = { save: null, counts: null, selection: null, hostLost: false };
  private readonly listeners = new Set<() => void>();

  getSnapshot = (): StatusSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(patch: Partial<StatusSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
