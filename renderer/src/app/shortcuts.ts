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
