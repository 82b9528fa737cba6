import type { Page } from 'playwright-core';
import { VIEWPORT } from './chromium';
import type { BenchContext } from './context';
import type { Fixture } from './fixtures';
import { waitForExpression } from './page-wait';

/** How long opening the largest article may take before the case fails. */
export const OPEN_TIMEOUT_MS = 120_000;
/** After opening, let the first counters and rendering finish before measuring. */
export const SETTLE_MS = 1500;

const SPELLCHECK_READY = `document.querySelector('.ProseMirror')?.dataset.spellcheck === 'ready'`;

/** In-page: the body (the app's or bare TipTap's) holds all of its paragraphs. */
export function paragraphsLoaded(count: number): string {
  return `document.querySelectorAll('.ProseMirror > p').length === ${count}`;
}

/**
 * Runs `use` on the app (browser mode, production build) in a fresh signed-in browser context of the bench's
 * viewport, and closes the context after, whatever happens.
 */
export async function withAppPage<T>(ctx: BenchContext, use: (page: Page) => Promise<T>): Promise<T> {
  const [browser, app] = await Promise.all([ctx.browser(), ctx.app()]);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await app.signIn(context);
    const page = await context.newPage();
    await page.goto(app.url);
    return await use(page);
  } finally {
    await context.close();
  }
}

/**
 * Opens a fixture article from the library list and waits until its body holds all of its paragraphs and the
 * first spellcheck is done (what is measured runs with every aid on), then lets the page settle.
 */
export async function openFixtureArticle(page: Page, article: Fixture): Promise<void> {
  await page.locator('[role="option"]', { hasText: article.headline }).click({ timeout: OPEN_TIMEOUT_MS });
  await waitForExpression(page, paragraphsLoaded(article.paragraphs.length), OPEN_TIMEOUT_MS);
  await waitForExpression(page, SPELLCHECK_READY, OPEN_TIMEOUT_MS);
  await page.waitForTimeout(SETTLE_MS);
}
