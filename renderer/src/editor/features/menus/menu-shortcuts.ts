import { Extension } from '@tiptap/core';
import { requestMenu } from './menu-requests';

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
      'Mod-k': () => this.editor.isEditable && requestMenu(this.editor, 'link'),
      'Alt-F10': () => requestMenu(this.editor, 'toolbar'),
    };
  },
});
