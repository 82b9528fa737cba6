import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatDateTime, pageDateFormat } from '../../shared/text/dates';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { seedArticles } from './seed-articles';

const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const panel = (page: Page) => page.getByRole('region', { name: 'Читайте також' });
const listed = (page: Page) => panel(page).getByRole('list', { name: 'Читайте також' }).getByRole('listitem');
const suggestions = (page: Page) => panel(page).getByRole('list', { name: 'Схожі статті' }).getByRole('listitem');
const search = (page: Page) => page.getByRole('combobox', { name: 'Додати статтю з бібліотеки' });
const preview = (page: Page) => page.frameLocator('iframe[title="Сторінка статті, як її покаже сайт"]');
const saveState = (page: Page) => page.locator('.save-state');

const LIGHT = {
  id: 'm3k9x2ac-00000011',
  headline: 'Харків: енергетики відновили живлення після нічної атаки',
  slug: 'kharkiv-svitlo',
  tags: ['енергетика', 'Харків'],
  status: 'published' as const,
  publishAt: '2025-12-18T07:15:00.000Z',
  paragraphs: ['Енергетики Харкова повернули світло в більшість будинків до ранку.'],
};
const SCHEDULES = {
  id: 'm3k9x2ac-00000012',
  headline: 'Енергетики попередили про графіки відключень',
  tags: ['енергетика'],
  status: 'published' as const,
  publishAt: '2025-12-17T12:00:00.000Z',
  paragraphs: ['Графіки можуть діяти до кінця тижня.'],
};
const PARK = {
  id: 'm3k9x2ac-00000013',
  headline: 'У Львові відкрили новий парк над річкою',
  tags: ['Львів'],
  paragraphs: ['Парк має дитячий майданчик і велодоріжки.'],
};

/** The sample article tagged like the light story; the others seeded beside it. */
async function library(app: BrowserModeApp): Promise<void> {
  await seedArticles(app, [LIGHT, SCHEDULES, PARK]);
  const articles = path.join(app.libraryPath, 'articles');
  const ids = await readdir(articles);
  const sampleId = ids.find((id) => ![LIGHT.id, SCHEDULES.id, PARK.id].includes(id));
  if (!sampleId) throw new Error('no sample article');
  const file = path.join(articles, sampleId, 'article.json');
  const sample = JSON.parse(await readFile(file, 'utf8'));
  sample.tags = ['енергетика', 'Харків'];
  await writeFile(file, `${JSON.stringify(sample, null, 2)}\n`);
}

test('«Читайте також»: suggestions by shared tags, the page preview, search, and a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await library(app);
  await page.reload();
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await expect(panel(page).getByText('Ще не додано жодної статті.')).toBeVisible();

  // The article sharing both tags comes first, then the one sharing one, each with its reason.
  await expect(suggestions(page).nth(1)).toContainText(SCHEDULES.headline);
  await expect(suggestions(page).first()).toContainText(LIGHT.headline);
  await expect(suggestions(page).first()).toContainText('Спільні теги: енергетика, Харків');
  await expect(suggestions(page).nth(1)).toContainText('Спільні теги: енергетика');

  await panel(page)
    .getByRole('button', { name: `Додати: ${LIGHT.headline}` })
    .click();
  const date = formatDateTime(LIGHT.publishAt, pageDateFormat('standard'));
  await expect(listed(page)).toHaveCount(1);
  await expect(listed(page).first()).toContainText(LIGHT.headline);
  await expect(suggestions(page).first()).toContainText(SCHEDULES.headline);

  // The page preview lists it with its date in the house style, linked to its page by slug.
  await page.getByText('Перегляд сторінки', { exact: true }).click();
  const readAlso = preview(page).locator('.read-also li');
  await expect(readAlso).toHaveCount(1);
  await expect(readAlso.first().locator('time')).toHaveText(date);
  await expect(readAlso.first().locator('a')).toHaveAttribute('href', `/${LIGHT.slug}/`);
  await expect(readAlso.first().locator('a')).toHaveText('Харків: енергетики відновили живлення після нічної атаки');

  // Removed from the keyboard: the list and the page lose it, and it is suggested again.
  await panel(page)
    .getByRole('button', { name: `Прибрати: ${LIGHT.headline}` })
    .focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByText('Ще не додано жодної статті.')).toBeVisible();
  await expect(search(page)).toBeFocused();
  await expect(preview(page).locator('.read-also')).toHaveCount(0);
  await expect(suggestions(page).first()).toContainText(LIGHT.headline);

  // Picked by typing: the combobox offers the library's articles, Enter adds the active one.
  await search(page).pressSequentially('парк');
  const option = page.getByRole('listbox', { name: 'Знайдені статті' }).getByRole('option', { name: /Львові/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(search(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(listed(page).first()).toContainText(PARK.headline);
  await expect(search(page)).toHaveValue('');

  // A second one from the suggestions, then moved up from the keyboard: the focus stays with it.
  await panel(page)
    .getByRole('button', { name: `Додати: ${SCHEDULES.headline}` })
    .click();
  await expect(listed(page)).toHaveCount(2);
  await panel(page)
    .getByRole('button', { name: `Вище: ${SCHEDULES.headline}` })
    .focus();
  await page.keyboard.press('Enter');
  await expect(listed(page).first()).toContainText(SCHEDULES.headline);
  await expect(panel(page).getByRole('button', { name: `Нижче: ${SCHEDULES.headline}` })).toBeFocused();
  await expect(preview(page).locator('.read-also li').nth(1)).toContainText(PARK.headline);

  expect(await severeAxeViolations(page, ['.related-articles'])).toEqual([]);

  await expect(saveState(page)).toHaveText(/Збережено о/);
  await page.reload();
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await expect(listed(page)).toHaveCount(2);
  await expect(listed(page).first()).toContainText(SCHEDULES.headline);
  await expect(listed(page).nth(1)).toContainText(PARK.headline);
});
