import { useEffect, useEffectEvent } from 'react';
import { matchesShortcut } from '../editor/features/shortcuts/match-shortcut';

/**
 * Ctrl+Shift+F (⌘⇧F) anywhere in the window runs `fixAll`: «Виправити типографіку». Not Ctrl+Alt+T, which
 * GNOME takes for a terminal before the app sees it.
 */
export function useFixTypographyShortcut(fixAll: () => void): void {
  const onFixAll = useEffectEvent(fixAll);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, 'fixTypography')) return;
      event.preventDefault();
      onFixAll();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
