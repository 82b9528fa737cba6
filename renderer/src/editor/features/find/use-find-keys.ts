import { useEffect } from 'react';
import { matchesShortcut } from '../shortcuts/match-shortcut';
import type { FindController } from './find-controller';

/**
 * Ctrl+F and Ctrl+H (⌥⌘F) open the bar from anywhere in the window while an article is open; F3 and Shift+F3
 * go from match to match while it is open. The browser's own find is kept from the page only when the bar
 * opens: with a modal dialog up (settings, the help sheet) the keys are the browser's.
 */
export function useFindKeys(controller: FindController): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const find = matchesShortcut(event, 'find');
      if (find || matchesShortcut(event, 'replace')) {
        if (document.querySelector('dialog:modal')) return;
        event.preventDefault();
        controller.show(!find);
        return;
      }
      if (!controller.getSnapshot().open) return;
      const next = matchesShortcut(event, 'findNext');
      if (!next && !matchesShortcut(event, 'findPrevious')) return;
      event.preventDefault();
      if (next) controller.next();
      else controller.previous();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [controller]);
}
