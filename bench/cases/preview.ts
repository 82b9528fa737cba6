import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { openFixtureArticle, withAppPage } from '../app-page';
import type { BenchContext } from '../context';
import { fixture } from '../fixtures';
import type { BenchCase } from '../harness';
import { keyDown, keyUp } from '../keyboard';
import { PREVIEW_PROBE_SOURCE } from '../preview-probe';
import { openAllPreviews } from '../previews';
import { createRandom } from '../random';
import { keyInterval, typingText } from '../typing';

/**
 * Two stretches of typing at the start of the first paragraph. A stretch stays short enough that what it typed,
 * and ten characters after it, fit in the teaser (156 characters) the cards and share fields show.
 */
const STRETCHES = [
  { warmup: 10, samples: 100 },
  { warmup: 0, samples: 100 },
] as const;
const SEED = 2026;
/** How long a key is held; the harness sends nothing else to the page meanwhile (see typing.ts). */
const KEY_HELD_MS = 60;
const SHOWN_TIMEOUT_MS = 30_000;

interface WaitResult {
  count: number;
  error: string | null;
}

/** Types one stretch at the typist's pace (typing.ts) and returns the stretch's samples once all are shown. */
async function typeStretch(page: Page, text: string, warmup: number, seed: number): Promise<number[]> {
  await page.evaluate('window.__previewProbe.place()');
  await page.waitForTimeout(300);
  const caret = await page.evaluate<string | null>('window.__previewProbe.caretAtStart()');
  if (caret) throw new Error(`курсор не на місці: ${caret}`);
  await page.evaluate('window.__previewProbe.samples = []; window.__previewProbe.measuring = false');
  const random = createRandom(seed);
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const [index, char] of [...text].entries()) {
      // Set between keys, while the page is idle: the next key is the first measured.
      if (index === warmup) await page.evaluate('window.__previewProbe.measuring = true');
      const started = Date.now();
      await keyDown(cdp, char);
      await delay(KEY_HELD_MS);
      await keyUp(cdp, char);
      const rest = keyInterval(random, char) - (Date.now() - started);
      if (rest > 0) await delay(rest);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  const expected = text.length - warmup;
  const result = await page.evaluate<WaitResult>(`window.__previewProbe.wait(${expected}, ${SHOWN_TIMEOUT_MS})`);
  if (result.error) throw new Error(result.error);
  return page.evaluate<number[]>('window.__previewProbe.samples');
}

/** Opens the 5,000-word article with every preview open and times each keystroke until all of them show it. */
async function measurePreviewUpdates(ctx: BenchContext): Promise<number[]> {
  return withAppPage(ctx, async (page) => {
    await openFixtureArticle(page, fixture(5_000));
    await openAllPreviews(page);
    await page.evaluate(PREVIEW_PROBE_SOURCE);
    const samples: number[] = [];
    for (const [index, stretch] of STRETCHES.entries()) {
      // No leading space: the paragraph must begin with what is typed.
      const text = typingText(stretch.warmup + stretch.samples + 1, SEED + index).slice(1);
      samples.push(...(await typeStretch(page, text, stretch.warmup, SEED + index)));
    }
    return samples;
  });
}

export const previewCases: BenchCase[] = [
  {
    id: 'preview.update.5k-words',
    description: 'стаття на 5 000 слів, усі перегляди відкриті: натискання → кожен перегляд показує новий текст',
    run: async (ctx) => ({ samples: await measurePreviewUpdates(ctx) }),
  },
];
