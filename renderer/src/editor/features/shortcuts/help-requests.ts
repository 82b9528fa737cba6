/**
 * Asks for the keyboard shortcuts sheet from anywhere (the toolbar's «?» button) without threading a
 * callback through the article workspace: the one sheet, mounted by the app, listens here.
 */
const listeners = new Set<() => void>();

export function requestShortcutHelp(): void {
  for (const listener of listeners) listener();
}

/** Returns a function that stops listening. */
export function onShortcutHelpRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
