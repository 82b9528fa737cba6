import type { EventName } from '../shared/api/contract';
import type { EventBus } from '../electron/services/api/event-bus';

/**
 * Resolves with `performance.now()` at the first moment `ready()` holds, checked at once and after each of
 * `events` on the app's bus (one check at a time; events during a check ask for one more): a positive
 * signal, as the page would get it, never a poll on a timer. Gives up after `timeoutMs` with `what` in the
 * error, so that an exchange that never arrives fails its case instead of hanging the run.
 */
export function whenReady(
  bus: EventBus,
  events: readonly EventName[],
  ready: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let checking = false;
    let again = false;
    let done = false;
    const finish = (error: Error | null, at = 0) => {
      if (done) return;
      done = true;
      unsubscribe();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(at);
    };
    const check = async (): Promise<void> => {
      if (checking) {
        again = true;
        return;
      }
      checking = true;
      try {
        do {
          again = false;
          if (await ready()) return finish(null, performance.now());
        } while (again && !done);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      } finally {
        checking = false;
      }
    };
    const unsubscribe = bus.subscribe((event) => {
      if (!done && events.includes(event)) void check();
    });
    const timer = setTimeout(() => finish(new Error(`${what}: nothing after ${timeoutMs / 1000} s`)), timeoutMs);
    void check();
  });
}

/** Resolves at the bus's next `event`. */
export function nextEvent(bus: EventBus, event: EventName): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = bus.subscribe((name) => {
      if (name !== event) return;
      unsubscribe();
      resolve();
    });
  });
}
