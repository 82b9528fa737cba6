import { openFixtureArticle, withAppPage } from '../app-page';
import type { BenchContext } from '../context';
import { fixture } from '../fixtures';
import type { BenchCase } from '../harness';
import { waitForExpression } from '../page-wait';
import { measureTyping, TYPING_DEFAULTS } from '../typing';

const WARMUP = 4;
/**
 * The queries, each typed a letter at a time as a journalist types into the bar, and cleared after: one-letter
 * queries (thousands of matches in 50,000 words) as well as rare words, the apostrophe typed straight.
 */
const WORDS = ['україни', "об'єкт", 'громади', 'на', 'поліції', 'а', 'за кошти'];

/** Every state of the query field: each word's prefixes, then the empty field. */
export function queryUpdates(words: readonly string[]): string[] {
  return words.flatMap((word) => [...Array.from(word, (_, index) => word.slice(0, index + 1)), '']);
}

/**
 * In-page, as source text (the app's CSP forbids eval of functions): sets the query field as typing does (an
 * input event React hears) and resolves with the time to the first frame painted after it, the count
 * («1 з 2 345») on the screen by then. Returns the count's text too, to check the search did run.
 */
function updateProbe(query: string): string {
  return String.raw`(async () => {
    const field = document.querySelector('.find-bar input[type="search"]');
    if (!field) throw new Error('рядка пошуку немає');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const t0 = performance.now();
    setValue.call(field, ${JSON.stringify(query)});
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { elapsed: performance.now() - t0, count: document.querySelector('.find-count')?.textContent ?? '' };
  })()`;
}

/**
 * Opens the 50,000-word article, Ctrl+F, and times every update of the query. Then, with the bar open on a
 * query of thousands of matches, the same typing as editor.keystroke.50k: find must not slow typing down.
 */
async function measureFind(ctx: BenchContext): Promise<{ updates: number[]; typing: number[] }> {
  return withAppPage(ctx, async (page) => {
    await openFixtureArticle(page, fixture(50_000));
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+f');
    await waitForExpression(page, `document.activeElement?.matches('.find-bar input[type="search"]')`, 10_000);
    const updates: number[] = [];
    const queries = queryUpdates(WORDS);
    for (const [index, query] of [...queries.slice(0, WARMUP), ...queries].entries()) {
      const { elapsed, count } = await page.evaluate<{ elapsed: number; count: string }>(updateProbe(query));
      if (query === 'на' && !/ з \d/.test(count)) throw new Error(`«${query}»: лічильник «${count}»`);
      if (index >= WARMUP) updates.push(elapsed);
      // A journalist's pace between letters: the previous update's idle work is done.
      await page.waitForTimeout(120);
    }
    await page.evaluate<unknown>(updateProbe('на'));
    const typing = await measureTyping(page, TYPING_DEFAULTS);
    return { updates, typing: typing.samples };
  });
}

export const findCases: BenchCase[] = [
  {
    id: 'editor.find.50k',
    description: 'пошук у статті на 50 000 слів: зміна запиту → лічильник і підсвічування намальовано',
    run: async (ctx) => {
      const { updates, typing } = await measureFind(ctx);
      return { samples: updates, related: { 'editor.find.50k.keystroke': typing } };
    },
  },
];
