import type { Editor } from '@tiptap/core';
import { useMemo, useSyncExternalStore } from 'react';
import type { ItemState } from './item-state';
import { ItemStateStore } from './item-state-store';
import type { ToolbarItem } from './toolbar-items';

/**
 * The flags of `items` for the editor's current selection, settled after each burst of transactions
 * (ItemStateStore); React re-renders the caller only when a flag changes. `items` must be a stable
 * (module-level) array.
 */
export function useItemState(editor: Editor, items: readonly ToolbarItem[]): ItemState {
  const store = useMemo(() => new ItemStateStore(editor, items), [editor, items]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
