import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useCallback } from 'react';
import { sameItemState, selectItemState, type ItemState } from './item-state';
import type { ToolbarItem } from './toolbar-items';

/**
 * The flags of `items` for the editor's current selection. The selector runs on each transaction, but
 * React re-renders the caller only when a flag changes. `items` must be a stable (module-level) array.
 */
export function useItemState(editor: Editor, items: readonly ToolbarItem[]): ItemState {
  const selector = useCallback(({ editor: current }: { editor: Editor }) => selectItemState(current, items), [items]);
  return useEditorState({ editor, selector, equalityFn: sameItemState });
}
