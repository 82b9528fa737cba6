import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** What axe needs on a busy machine, beyond the test's own steps: a minute more at most. */
const AXE_TIME_MS = 60_000;

/**
 * The page at rest: its fonts loaded, no animation running, the spellcheck done with every word (its marks
 * change the editor's markup). Axe then judges the page the journalist sees, not one still changing under it.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect(page.locator('[data-spellcheck="pending"]')).toHaveCount(0, { timeout: 30_000 });
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length))
    .toBe(0);
}

/** Serious and critical axe findings in the whole page or in the given parts of it, one line each. */
export async function severeAxeViolations(page: Page, include: string[] = []): Promise<string[]> {
  test.info().setTimeout(test.info().timeout + AXE_TIME_MS);
  await settled(page);
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
