import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  matchesShortcut,
  shortcutKeymap,
  type KeyPress,
} from '../../../../../renderer/src/editor/features/shortcuts/match-shortcut';

type Modifiers = Partial<Pick<KeyPress, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>>;

/** A keydown as the browser reports it: the character the layout gives, the physical key, the modifiers. */
const press = (key: string, code: string, mods: Modifiers = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const ctrl = { ctrlKey: true };
const cmd = { metaKey: true };
const LINUX = false;
const MAC = true;

describe('matchesShortcut', () => {
  it('Mod is Ctrl on Windows and Linux and ⌘ on a Mac; the other one does not count', () => {
    expect(matchesShortcut(press('s', 'KeyS', ctrl), 'save', LINUX)).toBe(true);
    expect(matchesShortcut(press('s', 'KeyS', cmd), 'save', MAC)).toBe(true);
    expect(matchesShortcut(press('s', 'KeyS', cmd), 'save', LINUX)).toBe(false);
    expect(matchesShortcut(press('s', 'KeyS', ctrl), 'save', MAC)).toBe(false);
    expect(matchesShortcut(press('s', 'KeyS', { ...ctrl, ...cmd }), 'save', LINUX)).toBe(false);
    expect(matchesShortcut(press('s', 'KeyS', { ...ctrl, ...cmd }), 'save', MAC)).toBe(false);
    expect(matchesShortcut(press('s', 'KeyS'), 'save', LINUX)).toBe(false);
  });

  it('Alt and Shift are held exactly as the table says', () => {
    expect(matchesShortcut(press('n', 'KeyN', { ...ctrl, altKey: true }), 'newArticle', LINUX)).toBe(true);
    expect(matchesShortcut(press('n', 'KeyN', ctrl), 'newArticle', LINUX)).toBe(false);
    expect(matchesShortcut(press('n', 'KeyN', { altKey: true }), 'newArticle', LINUX)).toBe(false);
    expect(matchesShortcut(press('N', 'KeyN', { ...ctrl, altKey: true, shiftKey: true }), 'newArticle', LINUX)).toBe(
      false,
    );
    expect(matchesShortcut(press('m', 'KeyM', { ...ctrl, altKey: true }), 'newArticle', LINUX)).toBe(false);
    expect(matchesShortcut(press('V', 'KeyV', { ...ctrl, shiftKey: true }), 'pastePlain', LINUX)).toBe(true);
    expect(matchesShortcut(press('v', 'KeyV', ctrl), 'pastePlain', LINUX)).toBe(false);
    expect(matchesShortcut(press('S', 'KeyS', { ...ctrl, shiftKey: true }), 'save', LINUX)).toBe(false);
    expect(matchesShortcut(press('s', 'KeyS', { ...ctrl, altKey: true }), 'save', LINUX)).toBe(false);
  });

  it('reads a chord by the physical key: the Ukrainian layout gives Cyrillic letters there', () => {
    expect(matchesShortcut(press('т', 'KeyN', { ...ctrl, altKey: true }), 'newArticle', LINUX)).toBe(true);
    expect(matchesShortcut(press('і', 'KeyS', ctrl), 'save', LINUX)).toBe(true);
    expect(matchesShortcut(press('я', 'KeyZ', ctrl), 'undo', LINUX)).toBe(true);
    expect(matchesShortcut(press('Я', 'KeyZ', { ...ctrl, shiftKey: true }), 'redo', LINUX)).toBe(true);
    expect(matchesShortcut(press('н', 'KeyY', ctrl), 'redo', LINUX)).toBe(true);
    expect(matchesShortcut(press('А', 'KeyF', { ...ctrl, shiftKey: true }), 'fixTypography', LINUX)).toBe(true);
    expect(matchesShortcut(press('л', 'KeyK', ctrl), 'link', LINUX)).toBe(true);
    expect(matchesShortcut(press('в', 'KeyD', cmd), 'duplicate', MAC)).toBe(true);
    expect(matchesShortcut(press('м', 'KeyV', { ...ctrl, shiftKey: true }), 'pastePlain', LINUX)).toBe(true);
    // The letter does not decide: «n» typed on another key (another Latin layout) is not that key.
    expect(matchesShortcut(press('n', 'KeyB', { ...ctrl, altKey: true }), 'newArticle', LINUX)).toBe(false);
  });

  it('a Mac’s ⌥ changes the character, not the key: ⌥⌘N types «˜»', () => {
    expect(matchesShortcut(press('˜', 'KeyN', { ...cmd, altKey: true }), 'newArticle', MAC)).toBe(true);
  });

  it('the shortcuts sheet: Ctrl+/ by the key (the Ukrainian layout types «.» there), with Shift too, and F1', () => {
    expect(matchesShortcut(press('/', 'Slash', ctrl), 'shortcutHelp', LINUX)).toBe(true);
    expect(matchesShortcut(press('.', 'Slash', ctrl), 'shortcutHelp', LINUX)).toBe(true);
    expect(matchesShortcut(press('?', 'Slash', { ...ctrl, shiftKey: true }), 'shortcutHelp', LINUX)).toBe(true);
    expect(matchesShortcut(press('/', 'Slash', cmd), 'shortcutHelp', MAC)).toBe(true);
    expect(matchesShortcut(press('F1', 'F1'), 'shortcutHelp', LINUX)).toBe(true);
    expect(matchesShortcut(press('.', 'Period', ctrl), 'shortcutHelp', LINUX)).toBe(false);
    expect(matchesShortcut(press('/', 'Slash'), 'shortcutHelp', LINUX)).toBe(false);
    expect(matchesShortcut(press('/', 'Slash', { ...ctrl, altKey: true }), 'shortcutHelp', LINUX)).toBe(false);
    expect(matchesShortcut(press('F1', 'F1', ctrl), 'shortcutHelp', LINUX)).toBe(false);
  });

  it('a character typed without a chord is matched as typed, whatever key and Shift the layout needs', () => {
    expect(matchesShortcut(press('/', 'Slash'), 'searchSlash', LINUX)).toBe(true);
    expect(matchesShortcut(press('/', 'Digit7', { shiftKey: true }), 'searchSlash', LINUX)).toBe(true);
    expect(matchesShortcut(press('.', 'Slash'), 'searchSlash', LINUX)).toBe(false);
    expect(matchesShortcut(press('/', 'Slash', ctrl), 'searchSlash', LINUX)).toBe(false);
  });

  it('named keys: Delete everywhere, ⌘⌫ only on a Mac, Shift+F10 and Alt+F10 as written', () => {
    expect(matchesShortcut(press('Delete', 'Delete'), 'trash', LINUX)).toBe(true);
    expect(matchesShortcut(press('Delete', 'Delete'), 'trash', MAC)).toBe(true);
    expect(matchesShortcut(press('Delete', 'Delete', { shiftKey: true }), 'trash', LINUX)).toBe(false);
    expect(matchesShortcut(press('Backspace', 'Backspace', cmd), 'trash', MAC)).toBe(true);
    expect(matchesShortcut(press('Backspace', 'Backspace', ctrl), 'trash', LINUX)).toBe(false);
    expect(matchesShortcut(press('Backspace', 'Backspace', ctrl), 'trash', MAC)).toBe(false);
    expect(matchesShortcut(press('Backspace', 'Backspace'), 'trash', MAC)).toBe(false);
    expect(matchesShortcut(press('F10', 'F10', { shiftKey: true }), 'itemMenu', LINUX)).toBe(true);
    expect(matchesShortcut(press('F10', 'F10'), 'itemMenu', LINUX)).toBe(false);
    expect(matchesShortcut(press('F10', 'F10', { altKey: true }), 'focusToolbar', LINUX)).toBe(true);
    expect(matchesShortcut(press('Escape', 'Escape'), 'leaveToolbar', LINUX)).toBe(true);
  });

  it('accepts a real KeyboardEvent', () => {
    const event = new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(matchesShortcut(event, 'undo', LINUX)).toBe(true);
    expect(matchesShortcut(event, 'redo', LINUX)).toBe(false);
  });

  describe('without a platform given, the browser’s', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('a Mac takes ⌘', () => {
      vi.stubGlobal('navigator', { platform: 'MacIntel' });
      expect(matchesShortcut(press('s', 'KeyS', cmd), 'save')).toBe(true);
      expect(matchesShortcut(press('s', 'KeyS', ctrl), 'save')).toBe(false);
    });

    it('Linux takes Ctrl', () => {
      vi.stubGlobal('navigator', { platform: 'Linux x86_64' });
      expect(matchesShortcut(press('s', 'KeyS', ctrl), 'save')).toBe(true);
      expect(matchesShortcut(press('s', 'KeyS', cmd), 'save')).toBe(false);
    });
  });
});

describe('shortcutKeymap', () => {
  it('binds every press of a table shortcut on this platform to one command, in ProseMirror’s names', () => {
    const command = vi.fn(() => true);
    const link = shortcutKeymap('link', command, LINUX);
    expect(Object.keys(link)).toEqual(['Mod-k']);
    expect(link['Mod-k']?.()).toBe(true);
    expect(command).toHaveBeenCalledTimes(1);
    expect(Object.keys(shortcutKeymap('shortcutHelp', command, LINUX))).toEqual(['Mod-/', 'F1']);
    expect(Object.keys(shortcutKeymap('trash', command, LINUX))).toEqual(['Delete']);
    expect(Object.keys(shortcutKeymap('trash', command, MAC))).toEqual(['Delete', 'Mod-Backspace']);
  });
});
