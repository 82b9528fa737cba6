import type { BenchContext } from '../context';
import type { BenchCase } from '../harness';
import { VIEWPORT } from '../chromium';

export const STARTUP_LOADS = { warmup: 1, measured: 7 } as const;
const LOAD_TIMEOUT_MS = 30_000;

/** Notes when the first library entry is in a rendered frame: the first animation frame after it appears. */
const LIBRARY_VISIBLE_SCRIPT = String.raw`(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[role="option"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchLibraryVisible = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

const READ_TIMINGS = String.raw`new Promise((resolve, reject) => {
  const deadline = performance.now() + ${LOAD_TIMEOUT_MS};
  const poll = () => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0] ?? performance.getEntriesByName('first-paint')[0];
    const visible = window.__benchLibraryVisible;
    if (paint && visible !== undefined) resolve({ firstPaint: paint.startTime, libraryVisible: visible });
    else if (performance.now() > deadline) reject(new Error('no first paint or no library entry'));
    else setTimeout(poll, 10);
  };
  poll();
})`;

interface LoadTimings {
  firstPaint: number;
  libraryVisible: number;
}

/** One cold load in a fresh browser context (empty cache and storage), times from navigation start. */
async function loadOnce(ctx: BenchContext): Promise<LoadTimings> {
  const [browser, app] = await Promise.all([ctx.browser(), ctx.app()]);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await app.signIn(context);
    await context.addInitScript(LIBRARY_VISIBLE_SCRIPT);
    const page = await context.newPage();
    await page.goto(app.url, { timeout: LOAD_TIMEOUT_MS });
    return await page.evaluate<LoadTimings>(READ_TIMINGS);
  } finally {
    await context.close();
  }
}

/** Both startup cases come from the same loads. */
function startupSeries(ctx: BenchContext): Promise<LoadTimings[]> {
  return ctx.once('startup-series', async () => {
    for (let i = 0; i < STARTUP_LOADS.warmup; i += 1) await loadOnce(ctx);
    const series: LoadTimings[] = [];
    for (let i = 0; i < STARTUP_LOADS.measured; i += 1) series.push(await loadOnce(ctx));
    return series;
  });
}

export const startupCases: BenchCase[] = [
  {
    id: 'startup.first-paint',
    description: 'режим браузера: перше відображення (first-contentful-paint) у новому контексті',
    run: async (ctx) => ({ samples: (await startupSeries(ctx)).map((timings) => timings.firstPaint) }),
  },
  {
    id: 'startup.library-visible',
    description: 'режим браузера: перший кадр зі списком статей',
    run: async (ctx) => ({ samples: (await startupSeries(ctx)).map((timings) => timings.libraryVisible) }),
  },
];
