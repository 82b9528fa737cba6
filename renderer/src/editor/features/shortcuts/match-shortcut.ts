import { comboOnPlatform, keymapKeyCombo, type KeyCombo } from './key-combo';
import { isApplePlatform } from './platform';
import { platformKeys, shortcutById, type ShortcutId } from './shortcut-table';

/** What a key handler reads of a press; DOM and React keyboard events both have it. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const PUNCTUATION_CODES: Record<string, string> = {
  '/': 'Slash',
  ',': 'Comma',
  '.': 'Period',
  ';': 'Semicolon',
  "'": 'Quote',
  '[': 'BracketLeft',
  ']': 'BracketRight',
  '-': 'Minus',
  '=': 'Equal',
  '`': 'Backquote',
  '\\': 'Backslash',
};

/**
 * The physical key of a character in a chord. With Ctrl, ⌘ or Alt held, the character tells nothing: in the
 * Ukrainian layout Ctrl+Alt+N types «т», Ctrl+/ types «.», and a Mac's ⌥ turns N into «˜». So a chord's
 * letter, digit or punctuation is matched by KeyboardEvent.code, the way ProseMirror falls back to the key code.
 */
function chordCode(key: string): string | null {
  if (/^[a-z]$/.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  return PUNCTUATION_CODES[key] ?? null;
}

/**
 * Whether a press is this combo. Mod is the platform's own (⌘ on Apple keyboards, Ctrl elsewhere, as in
 * ProseMirror and Electron's CmdOrCtrl), so the body's keys, these handlers and the menu agree; the other one
 * must be up. A character typed without a chord («/») is matched as typed: the layout decides its Shift.
 */
export function matchesCombo(event: KeyPress, combo: KeyCombo, apple: boolean): boolean {
  if (!comboOnPlatform(combo, apple)) return false;
  const [mod, otherMod] = apple ? [event.metaKey, event.ctrlKey] : [event.ctrlKey, event.metaKey];
  if (mod !== !!combo.mod || otherMod || event.altKey !== !!combo.alt) return false;
  const shiftMatches = combo.anyShift || event.shiftKey === !!combo.shift;
  const code = combo.mod || combo.alt ? chordCode(combo.key) : null;
  if (code) return event.code === code && shiftMatches;
  if (combo.key.length === 1) return event.key === combo.key;
  return event.key === combo.key && shiftMatches;
}

/** Whether a press is one of the table's presses for this shortcut, on this platform. */
export function matchesShortcut(event: KeyPress, id: ShortcutId, apple: boolean = isApplePlatform()): boolean {
  return shortcutById(id).keys.some((combo) => matchesCombo(event, combo, apple));
}

/**
 * A table shortcut as entries of TipTap's addKeyboardShortcuts: every press this platform has, one command.
 * ProseMirror reads Mod and non-Latin layouts itself.
 */
export function shortcutKeymap(
  id: ShortcutId,
  command: () => boolean,
  apple: boolean = isApplePlatform(),
): Record<string, () => boolean> {
  return Object.fromEntries(platformKeys(shortcutById(id), apple).map((combo) => [keymapKeyCombo(combo), command]));
}
