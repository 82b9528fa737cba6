import type { Page } from 'playwright-core';

/**
 * Polls a page expression from Node until it is truthy. Playwright's waitForFunction evaluates string
 * predicates with eval inside the page, which the app's Content-Security-Policy rightly forbids.
 */
export async function waitForExpression(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<unknown>(expression))) {
    if (Date.now() > deadline) throw new Error(`не дочекався ${expression} за ${timeoutMs / 1000} с`);
    await page.waitForTimeout(50);
  }
}
