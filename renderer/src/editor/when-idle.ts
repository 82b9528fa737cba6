/**
 * Resolves when the page is idle (between keystrokes), or after `timeoutMs` at the latest, so work
 * off the typing path still happens while someone types without pause.
 */
export function whenIdle(timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}
