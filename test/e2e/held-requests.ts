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
