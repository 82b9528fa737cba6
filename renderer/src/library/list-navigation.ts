import { matchesShortcut, type KeyPress } from '../editor/features/shortcuts/match-shortcut';
import { isApplePlatform } from '../editor/features/shortcuts/platform';

/** Keyboard and selection rules of the library list, kept pure so they are tested without a DOM. */

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

export interface KeyTarget {
  tagName: string;
  isContentEditable: boolean;
}

const TEXT_ENTRY = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Ctrl+K (Cmd+K) and «/» go to the search box. «/» is a character wherever text is typed, and the body
 * editor keeps Ctrl+K for itself (a link, by habit of every word processor).
 */
export function isSearchShortcut(
  event: KeyPress,
  target: KeyTarget | null,
  apple: boolean = isApplePlatform(),
): boolean {
  const editable = target?.isContentEditable ?? false;
  if (matchesShortcut(event, 'searchKey', apple)) return !editable;
  if (matchesShortcut(event, 'searchSlash', apple)) return !editable && !(target && TEXT_ENTRY.has(target.tagName));
  return false;
}
