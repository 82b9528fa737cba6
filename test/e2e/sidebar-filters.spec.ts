import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { seedArticles, type SeededArticle } from './seed-articles';

const SEEDED: SeededArticle[] = [
  { id: 'e2e-energy', headline: 'Партнери обговорили енергетику', paragraphs: ['Про енергетику.'], rubric: 'Політика' },
  { id: 'e2e-credit', headline: 'Уряд отримав новий кредит', paragraphs: ['Про кредит.'], rubric: 'Економіка' },
  { id: 'e2e-weather', headline: 'Синоптики обіцяють сніг', paragraphs: ['Про погоду.'], status: 'in-review' },
  { id: 'e2e-roads', headline: 'Дороги розчистили за ніч', paragraphs: ['Про дороги.'], status: 'published' },
];

const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const options = (page: Page) => library(page).getByRole('option');
const filters = (page: Page) => page.getByRole('group', { name: 'Фільтри бібліотеки' });

/** How many list entries are wholly in sight: not scrolled away, not cut by the sidebar's edges. */
async function wholeOptionsInSight(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const items = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
    const ratios = await Promise.all(
      items.map(
        (item) =>
          new Promise<number>((resolve) => {
            const observer = new IntersectionObserver(([entry]) => {
              observer.disconnect();
              resolve(entry?.intersectionRatio ?? 0);
            });
            observer.observe(item);
          }),
      ),
    );
    return ratios.filter((ratio) => ratio > 0.99).length;
  });
}

for (const viewport of [
  { width: 1400, height: 860 },
  { width: 1024, height: 768 },
]) {
  test(`with the filters open at ${viewport.width}×${viewport.height} the list and the sort stay usable`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize(viewport);
    await seedArticles(app, SEEDED);
    await page.goto(app.url);
    await expect(options(page)).toHaveCount(5);
    await page.getByRole('button', { name: 'Фільтри' }).click();
    const sort = filters(page).getByRole('combobox', { name: 'Сортування' });
    await expect(sort).toBeVisible();
    // Every field of the open filters can be reached and is drawn whole, the sort last among them.
    await sort.scrollIntoViewIfNeeded();
    await expect(sort).toBeInViewport({ ratio: 1 });
    await expect.poll(() => wholeOptionsInSight(page)).toBeGreaterThanOrEqual(3);
    await sort.selectOption('published');
    await expect(sort).toHaveValue('published');
    await expect.poll(() => wholeOptionsInSight(page)).toBeGreaterThanOrEqual(3);
  });
}
