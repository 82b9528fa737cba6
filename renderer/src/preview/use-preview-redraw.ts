import { useEffect, useRef } from 'react';
import { afterIdle } from '../editor/when-idle';
import type { PreviewChanges } from './preview-changes';

/** Typing pauses this long before a preview is drawn again: a redraw never competes with a keystroke. */
export const QUIET_MS = 250;

/**
 * Calls `draw` now and again after every change of the article, once typing pauses and the window is idle,
 * while `open` holds. `draw` may change between renders; the latest one runs. `reset` lists what makes the
 * next draw immediate (another article, another outlet profile). Returns `redraw`, for a preview whose own
 * resources (a picture that finished loading) changed.
 */
export function usePreviewRedraw(
  open: boolean,
  changes: PreviewChanges,
  draw: () => void,
  reset: readonly unknown[],
): { redraw(): void } {
  const latest = useRef(draw);
  latest.current = draw;
  const schedule = useRef<() => void>(() => {});

  useEffect(() => {
    if (!open) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let cancelIdle: (() => void) | null = null;
    const run = () => latest.current();
    schedule.current = () => {
      if (timer) clearTimeout(timer);
      cancelIdle?.();
      timer = setTimeout(() => {
        timer = null;
        cancelIdle = afterIdle(run, 1000);
      }, QUIET_MS);
    };
    run();
    const unsubscribe = changes.subscribe(() => schedule.current());
    return () => {
      unsubscribe();
      schedule.current = () => {};
      if (timer) clearTimeout(timer);
      cancelIdle?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `reset` is the caller's list of what restarts it
  }, [open, changes, ...reset]);

  return { redraw: () => schedule.current() };
}
