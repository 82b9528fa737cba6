import { describe, expect, it } from 'vitest';
import {
  ariaKeyCombo,
  formatKeyCombo,
  keymapKeyCombo,
} from '../../../../../renderer/src/editor/features/shortcuts/key-combo';
import { isApplePlatform } from '../../../../../renderer/src/editor/features/shortcuts/platform';
import { shortcutHint } from '../../../../../renderer/src/editor/features/shortcuts/shortcut-hint';

describe('formatKeyCombo', () => {
  it('Windows and Linux: Ctrl, Alt, Shift joined by «+», letters in capitals', () => {
    expect(formatKeyCombo({ mod: true, key: 'b' }, false)).toBe('Ctrl+B');
    expect(formatKeyCombo({ mod: true, shift: true, key: 'z' }, false)).toBe('Ctrl+Shift+Z');
    expect(formatKeyCombo({ mod: true, alt: true, key: '2' }, false)).toBe('Ctrl+Alt+2');
    expect(formatKeyCombo({ alt: true, key: 'F10' }, false)).toBe('Alt+F10');
    expect(formatKeyCombo({ key: 'ArrowDown' }, false)).toBe('↓');
    expect(formatKeyCombo({ mod: true, key: '/' }, false)).toBe('Ctrl+/');
  });

  it('macOS: symbols in Apple’s order ⌥⇧⌘, no separators', () => {
    expect(formatKeyCombo({ mod: true, key: 'b' }, true)).toBe('⌘B');
    expect(formatKeyCombo({ mod: true, shift: true, key: 'z' }, true)).toBe('⇧⌘Z');
    expect(formatKeyCombo({ mod: true, alt: true, key: '2' }, true)).toBe('⌥⌘2');
    expect(formatKeyCombo({ mod: true, key: 'Backspace' }, true)).toBe('⌘⌫');
    expect(formatKeyCombo({ shift: true, key: 'Enter' }, true)).toBe('⇧↩');
  });
});

describe('keymapKeyCombo', () => {
  it('names a press as ProseMirror does, Mod for the platform’s own key', () => {
    expect(keymapKeyCombo({ mod: true, key: 'k' })).toBe('Mod-k');
    expect(keymapKeyCombo({ alt: true, key: 'F10' })).toBe('Alt-F10');
    expect(keymapKeyCombo({ mod: true, alt: true, shift: true, key: 'z' })).toBe('Alt-Shift-Mod-z');
    expect(keymapKeyCombo({ key: 'Tab' })).toBe('Tab');
  });
});

describe('ariaKeyCombo and shortcutHint', () => {
  it('speaks the aria-keyshortcuts syntax: Control on Windows and Linux, Meta on macOS', () => {
    expect(ariaKeyCombo({ mod: true, shift: true, key: 'z' }, false)).toBe('Control+Shift+Z');
    expect(ariaKeyCombo({ mod: true, key: 'k' }, true)).toBe('Meta+K');
  });

  it('a tooltip quotes the first press; the attribute lists them all', () => {
    expect(shortcutHint('redo', false)).toEqual({ text: 'Ctrl+Shift+Z', aria: 'Control+Shift+Z Control+Y' });
    expect(shortcutHint('bold', true)).toEqual({ text: '⌘B', aria: 'Meta+B' });
    expect(shortcutHint('horizontalRule', false)).toBeNull();
  });
});

describe('isApplePlatform', () => {
  it('reads userAgentData first, then navigator.platform', () => {
    expect(isApplePlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isApplePlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isApplePlatform({ userAgentData: { platform: 'Windows' }, platform: 'Win32' })).toBe(false);
    expect(isApplePlatform({ platform: 'Linux x86_64' })).toBe(false);
    expect(isApplePlatform({})).toBe(false);
  });
});
