import { useEffect, useRef } from 'react';
import type { CommandUndo } from './command-undo';
import { matchesShortcut } from '../shortcuts/match-shortcut';
import { isEditableTarget } from './undo-keys';

/**
 * Ctrl+Z never edits a field the person did not put the caret in. Right after a command from a button it
 * undoes that command (focus still in the workspace); with the focus on no text field it does nothing (the page's
 * native undo would otherwise reach into the last field edited, the body or the headline). Listens in the
 * capture phase, before the body and the fields see the key.
 */
export function useUndoGuard(commands: CommandUndo): void {
  const commandsRef = useRef(commands);
  commandsRef.current = commands;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const undo = matchesShortcut(event, 'undo');
      if (!undo && !matchesShortcut(event, 'redo')) return;
      // Right after a command, from where the journalist works (the panel's button, a field, the body);
      // never from a dialog or from no focus at all.
      const inWorkspace = event.target instanceof Element && event.target.closest('.workspace') !== null;
      if (undo && inWorkspace && commandsRef.current.undo()) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (!isEditableTarget(event.target)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
