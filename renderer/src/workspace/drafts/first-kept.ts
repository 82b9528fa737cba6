/**
 * Resolves true as soon as one of the ways of keeping the edits says it did (the host confirmed the save, or
 * this browser wrote them), false once all of them said no or `withinMs` passed. A failure counts as a no:
 * the caller only needs to know whether leaving the article is safe, and waits no longer than the bound.
 */
export function firstKept(attempts: readonly Promise<boolean>[], withinMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let open = attempts.length;
    const timer = setTimeout(() => resolve(false), withinMs);
    const settle = (kept: boolean) => {
      open -= 1;
      if (!kept && open > 0) return;
      clearTimeout(timer);
      resolve(kept);
    };
    if (open === 0) settle(false);
    for (const attempt of attempts) attempt.then(settle, () => settle(false));
  });
}
