/** Keyboard and selection rules of the library list, kept pure so they are tested without a DOM. */

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Where a navigation key moves in a list of `length` items from `current` (-1: nothing selected). */
export function nextIndex(key: string, current: number, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(length - 1, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}

/** The item to open once `id` leaves the list: the next one, or the previous one at the end. */
export function neighbourAfterRemoval(ids: readonly string[], id: string): string | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  return ids[index + 1] ?? ids[index - 1] ?? null;
}

export interface OpenIdInput {
  /** The article the journalist chose, or the one that opened by itself before. */
  selectedId: string | null;
  /** The articles the list holds now (one query's results, maybe only their first pages). */
  listed: ReadonlyArray<{ id: string }> | null;
}

/**
 * Which article the editor shows. The newest opens at start. An open article stays open while a search
 * or a filter hides it, and even when its file vanishes from the library (a sync tool, an unplugged
 * drive): closing it would take unsaved text away from under the journalist's hands. The editor says
 * what happened; only the journalist's own choice (another article, the trash) moves on.
 */
export function resolveOpenId({ selectedId, listed }: OpenIdInput): string | null {
  if (listed === null) return null;
  return selectedId ?? listed[0]?.id ?? null;
}

const mod = (event: KeyLike) => event.ctrlKey || event.metaKey;

export interface KeyTarget {
  tagName: string;
  isContentEditable: boolean;
}

const TEXT_ENTRY = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Ctrl+K (Cmd+K) and «/» go to the search box. «/» is a character wherever text is typed, and the body
 * editor keeps Ctrl+K for itself (a link, by habit of every word processor).
 */
export function isSearchShortcut(event: KeyLike, target: KeyTarget | null): boolean {
  const editable = target?.isContentEditable ?? false;
  if (mod(event) && !event.altKey && !event.shiftKey && event.code === 'KeyK') return !editable;
  if (event.key === '/' && !mod(event) && !event.altKey) {
    return !editable && !(target && TEXT_ENTRY.has(target.tagName));
  }
  return false;
}

/** Ctrl+D (Cmd+D) on the list duplicates the selected article. */
export function isDuplicateShortcut(event: KeyLike): boolean {
  return mod(event) && !event.altKey && !event.shiftKey && event.code === 'KeyD';
}

/** Delete (and Backspace on Mac keyboards, which have no Delete key) moves the selected article to the trash. */
export function isTrashKey(event: KeyLike): boolean {
  if (event.altKey || event.shiftKey || event.ctrlKey) return false;
  return event.key === 'Delete' || (event.metaKey && event.key === 'Backspace');
}
