import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_ACCELERATOR } from '../../../../../electron/main/menu-template';
import type { KeyCombo } from '../../../../../renderer/src/editor/features/shortcuts/key-combo';
import { onMenuRequest, type MenuRequest } from '../../../../../renderer/src/editor/features/menus/menu-requests';
import { matchesShortcut } from '../../../../../renderer/src/editor/features/shortcuts/match-shortcut';
import {
  platformKeys,
  shortcutById,
  SHORTCUTS,
  type ShortcutId,
} from '../../../../../renderer/src/editor/features/shortcuts/shortcut-table';
import { isSearchShortcut, nextIndex } from '../../../../../renderer/src/library/list-navigation';
import { en } from '../../../../../shared/i18n/en';
import { uk } from '../../../../../shared/i18n/uk';
import { createBodyEditor, pressKey, typeText } from '../../support/body-editor';

/** The physical key a combo's key sits on, as KeyboardEvent.code names it. */
function codeOf(key: string): string {
  if (/^[a-z]$/.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  return { '/': 'Slash', ',': 'Comma', '\\': 'Backslash' }[key] ?? key;
}

/** The keydown a Windows or Linux browser sends for a combo (Ctrl for Mod). */
function eventOf(combo: KeyCombo, apple = false): KeyboardEvent {
  return new KeyboardEvent('keydown', {
    key: combo.key,
    code: codeOf(combo.key),
    ctrlKey: !!combo.mod && !apple,
    metaKey: !!combo.mod && apple,
    altKey: !!combo.alt,
    shiftKey: !!combo.shift,
  });
}

const press = (editor: Editor, combo: KeyCombo) =>
  pressKey(editor, {
    key: combo.key,
    code: codeOf(combo.key),
    ctrlKey: !!combo.mod,
    altKey: !!combo.alt,
    shiftKey: !!combo.shift,
  });

describe('the shortcut table', () => {
  it('has a unique id per entry, a label in both languages, and keys or typing for each', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const shortcut of SHORTCUTS) {
      expect(uk[shortcut.label], shortcut.id).toBeTruthy();
      expect(en[shortcut.label], shortcut.id).toBeTruthy();
      expect(shortcut.keys.length + (shortcut.typed?.length ?? 0), shortcut.id).toBeGreaterThan(0);
    }
  });

  it('Mac keyboards move an article to the trash with ⌘⌫ as well; others do not list it', () => {
    const trash = shortcutById('trash');
    expect(platformKeys(trash, true)).toHaveLength(2);
    expect(platformKeys(trash, false)).toEqual([{ key: 'Delete' }]);
  });
});

describe('the editor keys in the table do what the table says', () => {
  let editor: Editor;
  afterEach(() => editor.destroy());

  /** Presses every combo of the shortcut on a fresh body and checks the outcome each time. */
  function eachCombo(id: ShortcutId, content: string, select: [number, number], check: (e: Editor) => boolean) {
    const { keys } = shortcutById(id);
    expect(keys.length, id).toBeGreaterThan(0);
    for (const combo of keys) {
      editor = createBodyEditor(content);
      editor.commands.setTextSelection({ from: select[0], to: select[1] });
      expect(press(editor, combo), `${id}: key handled`).toBe(true);
      expect(check(editor), `${id}: effect`).toBe(true);
      editor.destroy();
    }
    editor = createBodyEditor('<p></p>');
  }

  it.each([
    ['bold', 'bold'],
    ['italic', 'italic'],
    ['underline', 'underline'],
    ['strike', 'strike'],
  ] as const)('%s', (id, mark) => {
    eachCombo(id, '<p>Слово тут</p>', [1, 6], (e) => e.isActive(mark));
  });

  it.each([
    ['heading2', (e: Editor) => e.isActive('heading', { level: 2 })],
    ['heading3', (e: Editor) => e.isActive('heading', { level: 3 })],
    ['bulletList', (e: Editor) => e.isActive('bulletList')],
    ['orderedList', (e: Editor) => e.isActive('orderedList')],
    ['blockquote', (e: Editor) => e.isActive('blockquote')],
  ] as const)('%s', (id, check) => {
    eachCombo(id, '<p>Абзац</p>', [2, 2], check);
  });

  it('paragraph', () => {
    eachCombo('paragraph', '<h2>Підзаголовок</h2>', [2, 2], (e) => e.isActive('paragraph'));
  });

  it('hardBreak', () => {
    eachCombo('hardBreak', '<p>Рядок</p>', [3, 3], (e) => e.state.doc.firstChild?.child(1).type.name === 'hardBreak');
  });

  it('listIndent and listOutdent', () => {
    eachCombo('listIndent', '<ul><li><p>один</p></li><li><p>два</p></li></ul>', [12, 12], (e) => {
      let nested = false;
      e.state.doc.descendants((node, _pos, parent) => {
        if (node.type.name === 'bulletList' && parent?.type.name === 'listItem') nested = true;
      });
      return nested;
    });
    eachCombo(
      'listOutdent',
      '<ul><li><p>один</p></li><li><p>два</p></li></ul>',
      [12, 12],
      (e) => e.isActive('paragraph') && !e.isActive('bulletList'),
    );
  });

  it('undo and redo', () => {
    for (const id of ['undo', 'redo'] as const) {
      for (const combo of shortcutById(id).keys) {
        editor = createBodyEditor('<p></p>');
        editor.commands.focus('start');
        typeText(editor, 'Нове');
        if (id === 'redo') press(editor, shortcutById('undo').keys[0] as KeyCombo);
        expect(press(editor, combo), `${id} handled`).toBe(true);
        expect(editor.state.doc.textContent).toBe(id === 'undo' ? '' : 'Нове');
        editor.destroy();
      }
    }
    editor = createBodyEditor('<p></p>');
  });

  it.each([
    ['link', 'link'],
    ['focusToolbar', 'toolbar'],
  ] as const)('%s asks the menus for %s', (id, request) => {
    editor = createBodyEditor('<p>Текст</p>');
    const requests: MenuRequest[] = [];
    onMenuRequest(editor, (r) => requests.push(r));
    for (const combo of shortcutById(id).keys) expect(press(editor, combo)).toBe(true);
    expect(requests).toEqual([request]);
  });
});

describe('the app and library keys in the table match their handlers', () => {
  const keys = (id: ShortcutId) => shortcutById(id).keys;
  const editable = { tagName: 'DIV', isContentEditable: true };
  const list = { tagName: 'LI', isContentEditable: false };
  const input = { tagName: 'INPUT', isContentEditable: false };

  it.each([false, true])('matchesShortcut knows every press of the table as its own (Mac: %s)', (apple) => {
    for (const shortcut of SHORTCUTS) {
      for (const combo of platformKeys(shortcut, apple)) {
        expect(matchesShortcut(eventOf(combo, apple), shortcut.id, apple), shortcut.id).toBe(true);
      }
    }
  });

  it('settings: the desktop menu accelerator', () => {
    expect(keys('settings')).toEqual([{ mod: true, key: ',' }]);
    expect(SETTINGS_ACCELERATOR).toBe('CmdOrCtrl+,');
  });

  it('search: Ctrl+K outside the body (in fields too), «/» outside fields; neither in the body', () => {
    for (const combo of keys('searchKey')) {
      expect(isSearchShortcut(eventOf(combo), list)).toBe(true);
      expect(isSearchShortcut(eventOf(combo), input)).toBe(true);
      expect(isSearchShortcut(eventOf(combo), editable)).toBe(false);
    }
    for (const combo of keys('searchSlash')) {
      expect(isSearchShortcut(eventOf(combo), list)).toBe(true);
      expect(isSearchShortcut(eventOf(combo), input)).toBe(false);
      expect(isSearchShortcut(eventOf(combo), editable)).toBe(false);
    }
  });

  it('the list: moving', () => {
    for (const combo of [...keys('listMove'), ...keys('listEnds')]) expect(nextIndex(combo.key, 1, 3)).not.toBeNull();
  });
});
