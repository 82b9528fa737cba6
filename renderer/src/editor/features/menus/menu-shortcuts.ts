import { Extension } from '@tiptap/core';
import { requestMenu } from './menu-requests';
import { shortcutKeymap } from '../shortcuts/match-shortcut';

/**
 * Keys of the body that reach its menus: Ctrl+K (⌘K) opens the link editor, as in every word processor,
 * and Alt+F10 moves the focus to the toolbar. Ctrl+K outside the body still focuses the library search
 * (library/list-navigation.ts leaves a contenteditable target to us). ProseMirror matches a non-Latin
 * layout by the physical key, so Ctrl+Л works the same.
 */
export const MenuShortcuts = Extension.create({
  name: 'menuShortcuts',

  addKeyboardShortcuts() {
    return {
      ...shortcutKeymap('link', () => this.editor.isEditable && requestMenu(this.editor, 'link')),
      ...shortcutKeymap('focusToolbar', () => requestMenu(this.editor, 'toolbar')),
    };
  },
});
