/**
 * Ctrl+Alt+M (⌘⌥M on a Mac) asks for a note on the selection. Matched by the key's place, not its letter:
 * with the Ukrainian layout the same key types «ь».
 */
export function isAddNoteKey(
  event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return event.code === 'KeyM' && (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey;
}
