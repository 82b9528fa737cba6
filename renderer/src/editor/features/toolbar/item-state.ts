import type { Editor } from '@tiptap/core';
import type { ToolbarItem, ToolbarItemId } from './toolbar-items';

/** Which items are pressed and which can act, for the selection the editor has now. */
export interface ItemState {
  active: Partial<Record<ToolbarItemId, boolean>>;
  enabled: Partial<Record<ToolbarItemId, boolean>>;
}

/**
 * The toolbar's and bubble menu's view of the editor, computed on every transaction, so kept to a few
 * cheap questions about the selection: never the document's JSON, HTML or text.
 */
export function selectItemState(editor: Editor, items: readonly ToolbarItem[]): ItemState {
  const active: ItemState['active'] = {};
  const enabled: ItemState['enabled'] = {};
  const { state, isEditable } = editor;
  for (const item of items) {
    if (item.isActive) active[item.id] = item.isActive(editor);
    enabled[item.id] = isEditable && item.canRun(state);
  }
  return { active, enabled };
}

function sameFlags(a: Partial<Record<string, boolean>>, b: Partial<Record<string, boolean>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

/** React re-renders a menu only when one of its flags changed, not on every keystroke. */
export function sameItemState(a: ItemState, b: ItemState | null): boolean {
  return b !== null && sameFlags(a.active, b.active) && sameFlags(a.enabled, b.enabled);
}
