import { OPEN_TIMEOUT_MS, openFixtureArticle, paragraphsLoaded, SETTLE_MS, withAppPage } from '../app-page';
import { VIEWPORT } from '../chromium';
import type { BenchContext } from '../context';
import { fixture, type FixtureSize } from '../fixtures';
import type { BenchCase, Measured } from '../harness';
import { waitForExpression } from '../page-wait';
import { openAllPreviews } from '../previews';
import { measureTyping, type TypingSamples } from '../typing';

const SAVE_TIMEOUT_MS = 30_000;

/**
 * Opens the fixture article in the app (browser mode, production build) and types into its body; with
 * `previews`, every preview panel is open and redrawing while it types.
 */
async function typeInApp(ctx: BenchContext, size: FixtureSize, previews = false): Promise<TypingSamples> {
  const article = fixture(size);
  return withAppPage(ctx, async (page) => {
    // Typing is measured with every aid on: the dictionary loaded and the first check done.
    await openFixtureArticle(page, article);
    if (previews) await openAllPreviews(page);
    const samples = await measureTyping(page);
    // Autosave is part of what is measured; wait for it so the next case starts with a quiet host.
    await page
      .locator('.save-state', { hasText: 'Збережено' })
      .waitFor({ timeout: SAVE_TIMEOUT_MS })
      .catch(() => console.warn(`\n  ${article.id}: автозбереження не підтвердилося за ${SAVE_TIMEOUT_MS / 1000} с`));
    return samples;
  });
}

/** The same typing on bare TipTap + StarterKit with the same 50,000-word document. */
async function typeInBaseline(ctx: BenchContext): Promise<TypingSamples> {
  const [browser, baseline] = await Promise.all([ctx.browser(), ctx.baseline()]);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${baseline.origin}/`);
    const paragraphs = fixture(50_000).paragraphs.length;
    await waitForExpression(page, paragraphsLoaded(paragraphs), OPEN_TIMEOUT_MS);
    await page.waitForTimeout(SETTLE_MS);
    return await measureTyping(page);
  } finally {
    await context.close();
  }
}

const words = (size: FixtureSize) => size.toLocaleString('uk-UA');

/**
 * The reported case, plus `<id>.handler` (the same keystrokes timed to the end of their own task) and
 * `<id>.queued` (how long each waited for the main thread: where background work would delay typing).
 */
function withRelated(id: string, typed: TypingSamples): Measured {
  return { samples: typed.samples, related: { [`${id}.handler`]: typed.handler, [`${id}.queued`]: typed.queued } };
}

export const keystrokeCases: BenchCase[] = [
  ...([1_000, 10_000, 50_000] as const).map((size): BenchCase => ({
    id: `editor.keystroke.${size / 1000}k`,
    description: `застосунок: натискання → оновлення DOM, стаття на ${words(size)} слів`,
    run: async (ctx) => withRelated(`editor.keystroke.${size / 1000}k`, await typeInApp(ctx, size)),
  })),
  {
    // Issue 18: typing stays within 1.3 × bare TipTap (budgets.ts, RATIOS) with every preview open.
    id: 'editor.keystroke.50k.previews',
    description: `застосунок з усіма відкритими переглядами: натискання → оновлення DOM, ${words(50_000)} слів`,
    run: async (ctx) => withRelated('editor.keystroke.50k.previews', await typeInApp(ctx, 50_000, true)),
  },
  {
    id: 'baseline.tiptap.keystroke.50k',
    description: `голий TipTap + StarterKit: натискання → оновлення DOM, ${words(50_000)} слів`,
    run: async (ctx) => withRelated('baseline.tiptap.keystroke.50k', await typeInBaseline(ctx)),
  },
];
