import type { Editor } from '@tiptap/core';
import type { KeyboardEvent } from 'react';
import { requestMenu } from '../menus/menu-requests';
import { matchesShortcut } from '../shortcuts/match-shortcut';
import { runToolbarCommand, type ToolbarItem } from './toolbar-items';

/**
 * What a button of the toolbar or the bubble menu does, and their keys: arrows move along (roving focus),
 * Escape gives the text its focus back. One behaviour for both bars.
 */
export function useToolbarActions<T extends HTMLElement>(
  editor: Editor,
  roving: { onKeyDown(event: KeyboardEvent<T>): boolean },
) {
  const run = (item: ToolbarItem) => {
    if (item.opensLinkEditor) requestMenu(editor, 'link');
    else runToolbarCommand(editor, item);
  };

  const onKeyDown = (event: KeyboardEvent<T>) => {
    if (roving.onKeyDown(event)) return;
    if (matchesShortcut(event, 'leaveToolbar')) {
      event.preventDefault();
      editor.commands.focus();
    }
  };

  return { run, onKeyDown };
}
