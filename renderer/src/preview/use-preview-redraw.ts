import { useEffect, useRef } from 'react';
import type { PreviewChanges } from './preview-changes';
import { RedrawSchedule, type Draw } from './redraw-schedule';

/**
 * Calls `draw` now and again after every change of the article, on RedrawSchedule's terms (the first idle
 * moment after a keystroke), while `open` holds. `draw` may change between renders; the latest one runs.
 * `reset` lists what makes the next draw immediate (another article, another outlet profile). Returns `redraw`,
 * for a preview whose own resources (a picture that finished loading) changed. A preview that `leads` is told
 * of a change before the others (PreviewChanges).
 */
export function usePreviewRedraw(
  open: boolean,
  changes: PreviewChanges,
  draw: Draw,
  reset: readonly unknown[],
  leads = false,
): { redraw(): void } {
  const latest = useRef(draw);
  latest.current = draw;
  const schedule = useRef<RedrawSchedule | null>(null);

  useEffect(() => {
    if (!open) return;
    const current = new RedrawSchedule(() => latest.current());
    schedule.current = current;
    current.now();
    const unsubscribe = changes.subscribe(() => current.changed(), leads);
    return () => {
      unsubscribe();
      current.stop();
      if (schedule.current === current) schedule.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `reset` is the caller's list of what restarts it
  }, [open, changes, leads, ...reset]);

  return { redraw: () => schedule.current?.changed() };
}
