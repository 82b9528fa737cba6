/**
 * Runs `run` when the page is idle (between keystrokes), or after `timeoutMs` at the latest, so work off the
 * typing path still happens while someone types without pause. Where there are no idle callbacks (jsdom), in
 * the next task. Returns a function that cancels it.
 */
export function afterIdle(run: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => run(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

/** afterIdle as a promise. */
export function whenIdle(timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    afterIdle(resolve, timeoutMs);
  });
}

/** An idle wait that can be ended early: `now()` resolves `done` at once and drops the idle callback. */
export function skippableIdle(timeoutMs = 500): { done: Promise<void>; now(): void } {
  let now = () => {};
  const done = new Promise<void>((resolve) => {
    const cancel = afterIdle(resolve, timeoutMs);
    now = () => {
      cancel();
      resolve();
    };
  });
  return { done, now: () => now() };
}
