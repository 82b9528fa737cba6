import type { Editor } from '@tiptap/core';

/** What a key press in the body (or a menu's button) may ask of the editor's menus and panels. */
export type MenuRequest = 'link' | 'toolbar' | 'note';

type Listener = (request: MenuRequest) => void;

const listeners = new WeakMap<Editor, Set<Listener>>();

/**
 * Asks the menus of this editor to open the link editor or to take the focus. Returns whether anyone
 * listens, so a shortcut can leave the key alone when no menu is mounted.
 */
export function requestMenu(editor: Editor, request: MenuRequest): boolean {
  const set = listeners.get(editor);
  if (!set || set.size === 0) return false;
  for (const listener of set) listener(request);
  return true;
}

/** Returns a function that stops listening. */
export function onMenuRequest(editor: Editor, listener: Listener): () => void {
  let set = listeners.get(editor);
  if (!set) {
    set = new Set();
    listeners.set(editor, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}
