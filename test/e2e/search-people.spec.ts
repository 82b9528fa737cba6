import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { seedArticles } from './seed-articles';

const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const options = (page: Page) => library(page).getByRole('option');
const option = (page: Page, name: string) => library(page).getByRole('option', { name });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Пошук у бібліотеці' });

test('search finds authors and rubrics in any form and says why an article was found', async ({ page, app }) => {
  await seedArticles(app, [
    {
      id: 'e2e-budget',
      headline: 'Бюджет ухвалено',
      paragraphs: ['Парламент проголосував за кошторис.'],
      authors: [{ name: 'Ольга О’Браєн' }, { name: 'Петро Коваленко' }],
      rubric: 'Економіка',
    },
    {
      id: 'e2e-snow',
      headline: 'Синоптики обіцяють сніг',
      paragraphs: ['У Києві похолодає.'],
      authors: [{ name: 'Ірина Шевчук' }],
      rubric: 'Суспільство',
    },
  ]);
  await page.goto(app.url);
  await expect(options(page)).toHaveCount(3);

  await search(page).fill('коваленка');
  await expect(options(page)).toHaveCount(1);
  const budget = option(page, 'Бюджет ухвалено');
  await expect(budget).toBeVisible();
  await expect(budget.locator('.article-snippet')).toHaveText('Автори: Ольга О’Браєн, Петро Коваленко');
  await expect(budget.locator('mark')).toHaveText(['Коваленко']);

  // A straight apostrophe and another case find the name written with ’.
  await search(page).fill("о'браєном");
  await expect(options(page)).toHaveCount(1);
  await expect(budget.locator('mark')).toHaveText(['О’Браєн']);

  await search(page).fill('шевчук');
  await expect(options(page)).toHaveCount(1);
  await expect(option(page, 'Синоптики обіцяють сніг').locator('.article-snippet')).toHaveText('Автор: Ірина Шевчук');

  await search(page).fill('економіки');
  await expect(options(page)).toHaveCount(1);
  await expect(budget.locator('.article-snippet')).toHaveText('Рубрика: Економіка');
  await expect(budget.locator('mark')).toHaveText(['Економіка']);
});
