import type { Editor } from '@tiptap/core';
import { sameItemState, selectItemState, type ItemState } from './item-state';
import type { ToolbarItem } from './toolbar-items';

/**
 * The flags of some toolbar items, for useSyncExternalStore. They are recomputed in a task of their own
 * after the editor's transactions, not inside them: a keystroke's task and frame carry only the text, and a
 * burst of transactions (a paste, an undo of many steps) costs one recount. Chromium draws the frame of a
 * key before it runs ordinary tasks, so a button's state follows a frame later, which no one can see.
 */
export class ItemStateStore {
  private snapshot: ItemState;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

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
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
    };
  };

  private readonly schedule = (): void => {
    this.timer ??= setTimeout(this.refresh, 0);
  };

  private readonly refresh = (): void => {
    this.timer = null;
    if (this.editor.isDestroyed) return;
    const next = selectItemState(this.editor, this.items);
    if (sameItemState(next, this.snapshot)) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  };
}
