import { useEffect } from 'react';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A panel shown over the text: it takes the focus when it opens, and Escape (not used by a field inside
 * first) or a press outside it and its toggle closes it; Escape gives the focus back to the toggle.
 */
export function useOverlayDismiss(panelId: string, toggleId: string, open: boolean, close: () => void): void {
  useEffect(() => {
    const panel = open ? document.getElementById(panelId) : null;
    if (!panel) return;
    const first = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].find((item) => !item.matches(':disabled'));
    first?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
      document.getElementById(toggleId)?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (panel.contains(target) || document.getElementById(toggleId)?.contains(target)) return;
      close();
    };
    panel.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      panel.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [panelId, toggleId, open, close]);
}
