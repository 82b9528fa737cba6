import { useEffect, useEffectEvent } from 'react';

/**
 * Tells `onShown` once the article is drawn: the children's effects ran first, so the editor is mounted; a
 * frame later it has been laid out and painted.
 */
export function useShownSignal(articleId: string, onShown: ((id: string) => void) | undefined): void {
  const shown = useEffectEvent((id: string) => onShown?.(id));
  useEffect(() => {
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => shown(articleId), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [articleId]);
}
