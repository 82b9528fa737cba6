/** One key press of a shortcut, described once and shown the way the platform writes it. */
export interface KeyCombo {
  /** Ctrl on Windows and Linux, ⌘ on macOS (ProseMirror's and Electron's «Mod»). */
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** Shift may be held or not, and the help sheet does not show it (Ctrl+? opens the sheet as Ctrl+/ does). */
  anyShift?: boolean;
  /** The key as KeyboardEvent.key names it: 'b', '/', 'F1', 'Enter', 'ArrowDown'. */
  key: string;
  /** A press that exists on one platform only (⌘⌫ on Mac keyboards, which have no Delete key). */
  only?: 'apple' | 'other';
}

const APPLE_KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Backspace: '⌫',
  Delete: '⌦',
  Enter: '↩',
  Escape: 'Esc',
  Tab: '⇥',
};

const OTHER_KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

const letter = (key: string) => (key.length === 1 ? key.toUpperCase() : key);

/** «Ctrl+Shift+Z» on Windows and Linux, «⇧⌘Z» on macOS (Apple's modifier order: ⌃⌥⇧⌘). */
export function formatKeyCombo(combo: KeyCombo, apple: boolean): string {
  const names = apple ? APPLE_KEY_NAMES : OTHER_KEY_NAMES;
  const key = names[combo.key] ?? letter(combo.key);
  if (apple) return `${combo.alt ? '⌥' : ''}${combo.shift ? '⇧' : ''}${combo.mod ? '⌘' : ''}${key}`;
  return [combo.mod ? 'Ctrl' : '', combo.alt ? 'Alt' : '', combo.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The same press in the syntax of the aria-keyshortcuts attribute («Control+Shift+Z», «Meta+K»). */
export function ariaKeyCombo(combo: KeyCombo, apple: boolean): string {
  const mod = combo.mod ? (apple ? 'Meta' : 'Control') : '';
  return [mod, combo.alt ? 'Alt' : '', combo.shift ? 'Shift' : '', letter(combo.key)].filter(Boolean).join('+');
}

/** Whether a press belongs to this platform. */
export function comboOnPlatform(combo: KeyCombo, apple: boolean): boolean {
  return combo.only === undefined || combo.only === (apple ? 'apple' : 'other');
}

/** The same press in ProseMirror's key names for TipTap's addKeyboardShortcuts: «Mod-k», «Alt-F10», «Shift-Mod-z». */
export function keymapKeyCombo(combo: KeyCombo): string {
  return [combo.alt ? 'Alt' : '', combo.shift ? 'Shift' : '', combo.mod ? 'Mod' : '', combo.key]
    .filter(Boolean)
    .join('-');
}
