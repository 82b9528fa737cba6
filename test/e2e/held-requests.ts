import type { Page } from '@playwright/test';

export interface HeldRequests {
  /** How many requests arrived so far, held or not. */
  readonly count: number;
  /** Lets every held request and every later one go on to the host. */
  release(): void;
}

/**
 * Holds every request to `url` until the test releases them: the test, not a timer, decides when the host
 * sees them (a slow disk, a save that must land after a change on disk).
 */
export async function holdRequests(page: Page, url: string): Promise<HeldRequests> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let count = 0;
  await page.route(url, async (route) => {
    count += 1;
    await released;
    await route.continue();
  });
  return {
    get count() {
      return count;
    },
    release,
  };
}

export interface HeldAnswers {
  /** Resolves once the first request to `url` has reached the host (and been answered there). */
  readonly reachedHost: Promise<void>;
  /** Hands every held answer to the page; an answer to a page that has gone since is dropped. */
  release(): void;
}

/**
 * Lets every request to `url` reach the host at once but holds its answer from the page until the test
 * releases it: the host did the work, the page does not know yet (a save that lands as the page goes).
 */
export async function holdAnswers(page: Page, url: string): Promise<HeldAnswers> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached = () => {};
  const reachedHost = new Promise<void>((resolve) => (reached = resolve));
  await page.route(url, async (route) => {
    const response = await route.fetch();
    reached();
    await released;
    await route.fulfill({ response }).catch(() => undefined);
  });
  return { reachedHost, release };
}
