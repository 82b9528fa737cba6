/** Time as the outbox sees it: injected, so tests drive backoff and schedules without waiting. */
export interface Clock {
  now(): number;
  /** Calls `run` once after `ms`; the handle cancels it. */
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (run, ms) => {
    const timer = setTimeout(run, Math.max(0, Math.min(ms, MAX_TIMER_MS)));
    // A wait for the next try must not keep a closing process alive.
    timer.unref();
    return timer;
  },
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** setTimeout fires at once beyond 2^31-1 ms: a job scheduled weeks ahead is woken early and waits again. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}
