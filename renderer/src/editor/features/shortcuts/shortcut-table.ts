import type { PlainKey } from '../../../i18n/i18n';
import { comboOnPlatform, type KeyCombo } from './key-combo';

/**
 * Every keyboard shortcut of the app and the editor, as data: the help sheet lists it, the toolbar's
 * tooltips quote it, and the key handlers read it (matchesShortcut and shortcutKeymap in match-shortcut.ts),
 * so a key is written down once. StarterKit's own keys (bold, lists, undo in the body…) are bound by TipTap;
 * test/renderer/editor/features/shortcuts/shortcut-table.test.ts presses them and checks they do what this
 * table says.
 */

export type ShortcutGroup = 'text' | 'blocks' | 'article' | 'find' | 'library';

/** Markdown-style text that does the same as the keys: typed at the start of a paragraph, or around words. */
export type TypedSequence = { start: string } | { wrap: string };

export interface Shortcut {
  id: ShortcutId;
  group: ShortcutGroup;
  label: PlainKey;
  keys: readonly KeyCombo[];
  typed?: readonly TypedSequence[];
  /** Where the keys work, when not everywhere. */
  where?: PlainKey;
}

export type ShortcutId =
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strike'
  | 'link'
  | 'undo'
  | 'redo'
  | 'hardBreak'
  | 'pastePlain'
  | 'spellSuggestions'
  | 'paragraph'
  | 'heading2'
  | 'heading3'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'horizontalRule'
  | 'listIndent'
  | 'listOutdent'
  | 'insertBlock'
  | 'focusToolbar'
  | 'leaveToolbar'
  | 'save'
  | 'fixTypography'
  | 'addNote'
  | 'newArticle'
  | 'shortcutHelp'
  | 'settings'
  | 'toggleLibrary'
  | 'togglePanel'
  | 'searchKey'
  | 'searchSlash'
  | 'listMove'
  | 'listEnds'
  | 'duplicate'
  | 'trash'
  | 'itemMenu'
  | 'find'
  | 'replace'
  | 'findNext'
  | 'findPrevious'
  | 'findNextInField'
  | 'findPreviousInField'
  | 'replaceOne'
  | 'replaceAll'
  | 'closeFind';

export const SHORTCUT_GROUPS: ReadonlyArray<{ id: ShortcutGroup; label: PlainKey }> = [
  { id: 'text', label: 'shortcuts.group.text' },
  { id: 'blocks', label: 'shortcuts.group.blocks' },
  { id: 'article', label: 'shortcuts.group.article' },
  { id: 'find', label: 'shortcuts.group.find' },
  { id: 'library', label: 'shortcuts.group.library' },
];

const inBody: PlainKey = 'shortcuts.where.body';
const inList: PlainKey = 'shortcuts.where.list';

export const SHORTCUTS: readonly Shortcut[] = [
  // Текст
  { id: 'bold', group: 'text', label: 'toolbar.bold', keys: [{ mod: true, key: 'b' }], typed: [{ wrap: '**' }] },
  { id: 'italic', group: 'text', label: 'toolbar.italic', keys: [{ mod: true, key: 'i' }], typed: [{ wrap: '*' }] },
  { id: 'underline', group: 'text', label: 'toolbar.underline', keys: [{ mod: true, key: 'u' }] },
  {
    id: 'strike',
    group: 'text',
    label: 'toolbar.strike',
    keys: [{ mod: true, shift: true, key: 's' }],
    typed: [{ wrap: '~~' }],
  },
  { id: 'link', group: 'text', label: 'toolbar.link', keys: [{ mod: true, key: 'k' }], where: inBody },
  { id: 'undo', group: 'text', label: 'toolbar.undo', keys: [{ mod: true, key: 'z' }] },
  {
    id: 'redo',
    group: 'text',
    label: 'toolbar.redo',
    keys: [
      { mod: true, shift: true, key: 'z' },
      { mod: true, key: 'y' },
    ],
  },
  { id: 'hardBreak', group: 'text', label: 'shortcuts.hardBreak', keys: [{ shift: true, key: 'Enter' }] },
  { id: 'pastePlain', group: 'text', label: 'shortcuts.pastePlain', keys: [{ mod: true, shift: true, key: 'v' }] },
  {
    id: 'spellSuggestions',
    group: 'text',
    label: 'shortcuts.spellSuggestions',
    keys: [{ shift: true, key: 'F10' }],
    where: 'shortcuts.where.misspelled',
  },

  // Блоки
  { id: 'paragraph', group: 'blocks', label: 'toolbar.paragraph', keys: [{ mod: true, alt: true, key: '0' }] },
  {
    id: 'heading2',
    group: 'blocks',
    label: 'toolbar.heading2',
    keys: [{ mod: true, alt: true, key: '2' }],
    typed: [{ start: '## ' }],
  },
  {
    id: 'heading3',
    group: 'blocks',
    label: 'toolbar.heading3',
    keys: [{ mod: true, alt: true, key: '3' }],
    typed: [{ start: '### ' }],
  },
  {
    id: 'bulletList',
    group: 'blocks',
    label: 'toolbar.bulletList',
    keys: [{ mod: true, shift: true, key: '8' }],
    typed: [{ start: '- ' }, { start: '* ' }],
  },
  {
    id: 'orderedList',
    group: 'blocks',
    label: 'toolbar.orderedList',
    keys: [{ mod: true, shift: true, key: '7' }],
    typed: [{ start: '1. ' }],
  },
  {
    id: 'blockquote',
    group: 'blocks',
    label: 'toolbar.blockquote',
    keys: [{ mod: true, shift: true, key: 'b' }],
    typed: [{ start: '> ' }],
  },
  { id: 'horizontalRule', group: 'blocks', label: 'toolbar.horizontalRule', keys: [], typed: [{ start: '---' }] },
  {
    id: 'listIndent',
    group: 'blocks',
    label: 'shortcuts.listIndent',
    keys: [{ key: 'Tab' }],
    where: 'shortcuts.where.listItem',
  },
  {
    id: 'listOutdent',
    group: 'blocks',
    label: 'shortcuts.listOutdent',
    keys: [{ shift: true, key: 'Tab' }],
    where: 'shortcuts.where.listItem',
  },
  {
    id: 'insertBlock',
    group: 'blocks',
    label: 'shortcuts.insertBlock',
    keys: [],
    typed: [{ start: '/' }],
    where: 'shortcuts.where.emptyParagraph',
  },
  {
    id: 'focusToolbar',
    group: 'blocks',
    label: 'shortcuts.focusToolbar',
    keys: [{ alt: true, key: 'F10' }],
    where: inBody,
  },
  {
    id: 'leaveToolbar',
    group: 'blocks',
    label: 'shortcuts.leaveToolbar',
    keys: [{ key: 'Escape' }],
    where: 'shortcuts.where.toolbar',
  },

  // Стаття
  { id: 'save', group: 'article', label: 'shortcuts.save', keys: [{ mod: true, key: 's' }] },
  {
    id: 'fixTypography',
    group: 'article',
    label: 'shortcuts.fixTypography',
    // Not Ctrl+Alt+T: GNOME opens a terminal with it before the app sees the keys.
    keys: [{ mod: true, shift: true, key: 'f' }],
  },
  {
    id: 'addNote',
    group: 'article',
    label: 'shortcuts.addNote',
    // Matched on the window (editor/features/notes): a read-only body may be noted too.
    keys: [{ mod: true, alt: true, key: 'm' }],
  },
  {
    id: 'newArticle',
    group: 'article',
    label: 'shortcuts.newArticle',
    // A page cannot take Ctrl+N from the browser, so browser mode and the desktop share Ctrl+Alt+N
    // (the desktop menu has Ctrl+N as well).
    keys: [{ mod: true, alt: true, key: 'n' }],
  },
  {
    id: 'shortcutHelp',
    group: 'article',
    label: 'shortcuts.sheetTitle',
    // From anywhere, the body included; with Shift too (Ctrl+?, help's own sign).
    keys: [{ mod: true, key: '/', anyShift: true }, { key: 'F1' }],
  },
  {
    id: 'settings',
    group: 'article',
    label: 'shortcuts.settings',
    keys: [{ mod: true, key: ',' }],
    where: 'shortcuts.where.desktop',
  },
  // The side panels (app/layout): on a narrow window they open over the text.
  { id: 'toggleLibrary', group: 'article', label: 'shortcuts.toggleLibrary', keys: [{ mod: true, key: '\\' }] },
  {
    id: 'togglePanel',
    group: 'article',
    label: 'shortcuts.togglePanel',
    keys: [{ mod: true, shift: true, key: '\\' }],
  },

  // Пошук і заміна (features/find): the browser's own find cannot see the blocks the block window takes out.
  { id: 'find', group: 'find', label: 'shortcuts.find', keys: [{ mod: true, key: 'f' }] },
  {
    id: 'replace',
    group: 'find',
    label: 'shortcuts.replace',
    // ⌘H hides the app on a Mac: there replace is ⌥⌘F, as in Apple's own editors.
    keys: [
      { mod: true, key: 'h', only: 'other' },
      { mod: true, alt: true, key: 'f', only: 'apple' },
    ],
  },
  {
    id: 'findNextInField',
    group: 'find',
    label: 'shortcuts.findNext',
    keys: [{ key: 'Enter' }],
    where: 'shortcuts.where.findField',
  },
  {
    id: 'findPreviousInField',
    group: 'find',
    label: 'shortcuts.findPrevious',
    keys: [{ shift: true, key: 'Enter' }],
    where: 'shortcuts.where.findField',
  },
  {
    id: 'findNext',
    group: 'find',
    label: 'shortcuts.findNext',
    keys: [{ key: 'F3' }, { mod: true, key: 'g', only: 'apple' }],
    where: 'shortcuts.where.findOpen',
  },
  {
    id: 'findPrevious',
    group: 'find',
    label: 'shortcuts.findPrevious',
    keys: [
      { shift: true, key: 'F3' },
      { mod: true, shift: true, key: 'g', only: 'apple' },
    ],
    where: 'shortcuts.where.findOpen',
  },
  {
    id: 'replaceOne',
    group: 'find',
    label: 'shortcuts.replaceOne',
    keys: [{ key: 'Enter' }],
    where: 'shortcuts.where.replaceField',
  },
  {
    id: 'replaceAll',
    group: 'find',
    label: 'shortcuts.replaceAll',
    keys: [{ mod: true, alt: true, key: 'Enter' }],
    where: 'shortcuts.where.findBar',
  },
  {
    id: 'closeFind',
    group: 'find',
    label: 'shortcuts.closeFind',
    keys: [{ key: 'Escape' }],
    where: 'shortcuts.where.findBar',
  },

  // Бібліотека
  {
    id: 'searchKey',
    group: 'library',
    label: 'shortcuts.search',
    keys: [{ mod: true, key: 'k' }],
    where: 'shortcuts.where.outsideBody',
  },
  {
    id: 'searchSlash',
    group: 'library',
    label: 'shortcuts.search',
    keys: [{ key: '/' }],
    where: 'shortcuts.where.outsideFields',
  },
  {
    id: 'listMove',
    group: 'library',
    label: 'shortcuts.listMove',
    keys: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }],
    where: inList,
  },
  {
    id: 'listEnds',
    group: 'library',
    label: 'shortcuts.listEnds',
    keys: [{ key: 'Home' }, { key: 'End' }],
    where: inList,
  },
  { id: 'duplicate', group: 'library', label: 'shortcuts.duplicate', keys: [{ mod: true, key: 'd' }], where: inList },
  {
    id: 'trash',
    group: 'library',
    label: 'shortcuts.trash',
    keys: [{ key: 'Delete' }, { mod: true, key: 'Backspace', only: 'apple' }],
    where: inList,
  },
  { id: 'itemMenu', group: 'library', label: 'shortcuts.itemMenu', keys: [{ shift: true, key: 'F10' }], where: inList },
];

const BY_ID = new Map(SHORTCUTS.map((shortcut) => [shortcut.id, shortcut]));

export function shortcutById(id: ShortcutId): Shortcut {
  const shortcut = BY_ID.get(id);
  if (!shortcut) throw new Error(`No shortcut ${id}`);
  return shortcut;
}

/** The presses of a shortcut that exist on this platform. */
export function platformKeys(shortcut: Shortcut, apple: boolean): KeyCombo[] {
  return shortcut.keys.filter((combo) => comboOnPlatform(combo, apple));
}
