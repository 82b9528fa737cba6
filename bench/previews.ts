import type { Page } from 'playwright-core';
import { waitForExpression } from './page-wait';

const DRAWN_TIMEOUT_MS = 60_000;

/**
 * The three preview panels of the aside, by the title a journalist clicks, and in-page: the panel is open and
 * drew its first picture of the article (the page's frame was given a whole page).
 */
const PANELS = [
  {
    title: 'Перегляд сторінки',
    drawn: `document.querySelector('details.site-preview')?.open && document.querySelector('iframe.site-preview-frame')?.srcdoc.includes('</article>')`,
  },
  {
    title: 'Картки для соцмереж',
    drawn: `document.querySelector('details.share-cards')?.open && !!document.querySelector('.share-cards-body .fb-card-description')`,
  },
  {
    title: 'Пошук і соцмережі',
    drawn: `document.querySelector('details.share-fields')?.open && !!document.querySelector('.share-fields [data-field="seoDescription"]')`,
  },
] as const;

/** Opens every preview of the open article, as a journalist would, one after another, each once it has drawn. */
export async function openAllPreviews(page: Page): Promise<void> {
  for (const { title, drawn } of PANELS) {
    const summary = page.locator('details > summary', { hasText: title });
    const isOpen = () => summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open);
    // A preview drawn above moves this one down as it appears: a click landing mid-move opens nothing (seen
    // once in four runs), so the click is repeated until the panel is open. A click toggles at once.
    for (let attempt = 1; !(await isOpen()); attempt += 1) {
      if (attempt > 3) throw new Error(`«${title}» не відкрилася після трьох натискань`);
      await summary.click();
    }
    await waitForExpression(page, `!!(${drawn})`, DRAWN_TIMEOUT_MS);
  }
}
