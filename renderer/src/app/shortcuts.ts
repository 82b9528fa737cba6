/**
 * Keyboard shortcuts of the shell. Ctrl+N belongs to the browser in browser mode (it cannot be
 * taken by a page), so a new article is Ctrl+Alt+N everywhere, and Ctrl+N in the desktop menu.
 */
type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const mod = (event: KeyLike) => event.ctrlKey || event.metaKey;

export function isNewArticleShortcut(event: KeyLike): boolean {
  return mod(event) && event.altKey && !event.shiftKey && event.code === 'KeyN';
}

export function isSaveShortcut(event: KeyLike): boolean {
  return mod(event) && !event.altKey && !event.shiftKey && event.code === 'KeyS';
}

/**
 * Ctrl+/ (Cmd+/) or F1 opens the keyboard shortcuts sheet, from anywhere, the body included. By the
 * physical key: in the Ukrainian layout that key types «.».
 */
export function isShortcutHelpShortcut(event: KeyLike): boolean {
  if (event.key === 'F1') return !mod(event) && !event.altKey && !event.shiftKey;
  return mod(event) && !event.altKey && event.code === 'Slash';
}
