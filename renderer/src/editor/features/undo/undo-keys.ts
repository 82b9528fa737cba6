type KeyLike = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Ctrl+Z (⌘Z), by the physical key: the Ukrainian layout types «Я» there. */
export function isUndoKey(event: KeyLike): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyZ';
}

/** Ctrl+Shift+Z (⌘⇧Z) or Ctrl+Y. */
export function isRedoKey(event: KeyLike): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  return (event.shiftKey && event.code === 'KeyZ') || (!event.shiftKey && event.code === 'KeyY');
}

/** Where Ctrl+Z has something of its own to undo: a text field or the body. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number']);
