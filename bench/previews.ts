import type { Page } from 'playwright-core';
import { waitForExpression } from './page-wait';

const DRAWN_TIMEOUT_MS = 60_000;

/** The three preview panels of the aside, by the title a journalist clicks. */
const PANELS = ['Перегляд сторінки', 'Картки для соцмереж', 'Пошук і соцмережі'] as const;

/** In-page: each panel drew its first picture of the article (the page's frame loaded once, with a body). */
const ALL_DRAWN = `(() => {
  const frame = document.querySelector('iframe.site-preview-frame');
  return !!frame && frame.srcdoc.includes('</article>') &&
    !!document.querySelector('.share-cards-body .fb-card-description') &&
    !!document.querySelector('.share-fields [data-field="seoDescription"]');
})()`;

/** Opens every preview of the open article, as a journalist would, and waits until each has drawn. */
export async function openAllPreviews(page: Page): Promise<void> {
  for (const title of PANELS) {
    await page.locator('details > summary', { hasText: title }).click();
  }
  await waitForExpression(page, ALL_DRAWN, DRAWN_TIMEOUT_MS);
}
