import type { Editor } from '@tiptap/core';
import { sameItemState, selectItemState, type ItemState } from './item-state';
import type { ToolbarItem } from './toolbar-items';
import { afterIdle } from '../../when-idle';

/** How long a recount may wait for an idle moment while someone types without pause. */
const IDLE_TIMEOUT_MS = 150;

/**
 * The flags of some toolbar items, for useSyncExternalStore. They are recomputed when the page is idle after
 * the editor's transactions, not inside them: a keystroke's task and frame carry only the text (a plain task
 * queued by the key could still run before the key's frame is done), and a burst of transactions (a paste, an
 * undo of many steps) costs one recount. A button's state follows within a frame or two, which no one sees.
 */
export class ItemStateStore {
  private snapshot: ItemState;
  private readonly listeners = new Set<() => void>();
  private cancel: (() => void) | null = null;

  constructor(
    private readonly editor: Editor,
    private readonly items: readonly ToolbarItem[],
  ) {
    this.snapshot = selectItemState(editor, items);
  }

  readonly getSnapshot = (): ItemState => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      // `update` too: setEditable() announces itself with it, not with a transaction.
      this.editor.on('transaction', this.schedule);
      this.editor.on('update', this.schedule);
      // Whatever happened between the first render and this subscription is picked up.
      this.schedule();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.editor.off('transaction', this.schedule);
      this.editor.off('update', this.schedule);
      this.cancel?.();
      this.cancel = null;
    };
  };

  private readonly schedule = (): void => {
    this.cancel ??= afterIdle(this.refresh, IDLE_TIMEOUT_MS);
  };

  private readonly refresh = (): void => {
    this.cancel = null;
    if (this.editor.isDestroyed) return;
    const next = selectItemState(this.editor, this.items);
    if (sameItemState(next, this.snapshot)) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  };
}
