import { useEffect, useEffectEvent } from 'react';

/** Ctrl+Shift+F (⌘⇧F) anywhere in the window runs `fixAll`: «Виправити типографіку». */
export function useFixTypographyShortcut(fixAll: () => void): void {
  const onFixAll = useEffectEvent(fixAll);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isFixTypographyShortcut(event)) return;
      event.preventDefault();
      onFixAll();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * `code`, not `key`: the Ukrainian layout types «А» there. Not Ctrl+Alt+T, which GNOME takes for a terminal
 * before the app sees it.
 */
function isFixTypographyShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyF';
}
