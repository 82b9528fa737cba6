/**
 * Runs `run` in a task right after the next frame is painted (the frame that shows the keystroke which asked
 * for it), so work started from an input event never delays that input's paint. Where there are no animation
 * frames (jsdom), in the next task. Returns a function that cancels it.
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer ?? undefined);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
