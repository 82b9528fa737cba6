import { ariaKeyCombo, formatKeyCombo } from './key-combo';
import { platformKeys, shortcutById, type ShortcutId } from './shortcut-table';

export interface ShortcutHint {
  /** The first press as the platform writes it, for a tooltip: «Ctrl+B», «⌘B». */
  text: string;
  /** Every press for the aria-keyshortcuts attribute, space-separated as the attribute wants. */
  aria: string;
}

/** What a button's tooltip and aria-keyshortcuts say about its shortcut; null when it has no keys. */
export function shortcutHint(id: ShortcutId, apple: boolean): ShortcutHint | null {
  const keys = platformKeys(shortcutById(id), apple);
  const first = keys[0];
  if (!first) return null;
  return { text: formatKeyCombo(first, apple), aria: keys.map((combo) => ariaKeyCombo(combo, apple)).join(' ') };
}
