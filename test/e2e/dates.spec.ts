import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';

const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const library = (page: Page) => page.getByRole('listbox', { name: /Бібліотека|Library/ });
const panelDate = (page: Page, label: string) => page.locator('dl.dates dt', { hasText: label }).locator('+ dd');

/** The sample article, dated in winter (Kyiv UTC+2), with a backup of edits from a summer night (UTC+3). */
async function datedSample(app: BrowserModeApp): Promise<void> {
  const [id] = await readdir(path.join(app.libraryPath, 'articles'));
  if (!id) throw new Error('no sample article');
  const file = path.join(app.libraryPath, 'articles', id, 'article.json');
  const article = JSON.parse(await readFile(file, 'utf8'));
  article.createdAt = '2025-12-19T08:30:00.000Z';
  article.updatedAt = '2025-12-19T18:44:00.000Z';
  await writeFile(file, `${JSON.stringify(article, null, 2)}\n`);
  const backups = path.join(app.userDataDir, 'backups');
  await mkdir(backups, { recursive: true });
  const edited = { ...article, headline: `${article.headline} (правка)` };
  await writeFile(
    path.join(backups, `${id}.json`),
    JSON.stringify({ savedAt: '2025-07-01T21:05:00.000Z', article: edited }),
  );
}

async function chooseSettings(page: Page, choices: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: /^(Налаштування|Settings)$/ }).click();
  const dialog = page.getByRole('dialog');
  for (const [label, value] of Object.entries(choices)) await dialog.getByLabel(label).selectOption(value);
  await dialog.getByRole('button', { name: /^(Зберегти|Save)$/ }).click();
  await expect(dialog).toBeHidden();
}

test('one date style in the list, the panel and a banner, which the «Формат дати» setting changes', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await datedSample(app);
  await page.reload();
  const banner = page.getByRole('alert', { name: /Є незбережені зміни/ });

  await expect(library(page).getByRole('option').first()).toContainText('19 грудня 2025 року, 20:44');
  await expect(panelDate(page, 'Створено')).toHaveText('19 грудня 2025 року, 10:30');
  await expect(panelDate(page, 'Змінено')).toHaveText('19 грудня 2025 року, 20:44');
  await expect(banner).toContainText('Є незбережені зміни з 2 липня 2025 року, 00:05');

  await chooseSettings(page, { 'Формат дати': 'capitalized-dash' });
  await expect(library(page).getByRole('option').first()).toContainText('19 Грудня 2025 року - 20:44');
  await expect(panelDate(page, 'Створено')).toHaveText('19 Грудня 2025 року - 10:30');
  await expect(banner).toContainText('2 Липня 2025 року - 00:05');

  await chooseSettings(page, { 'Мова інтерфейсу': 'en' });
  await expect(library(page).getByRole('option').first()).toContainText('19 December 2025 - 20:44');
  await expect(panelDate(page, 'Created')).toHaveText('19 December 2025 - 10:30');
  await expect(page.getByRole('alert', { name: /Unsaved changes/ })).toContainText('2 July 2025 - 00:05');
});

test('the period filter shows and takes days as we write them, from the keyboard', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await datedSample(app);
  await page.reload();
  await expect(library(page).getByRole('option')).toHaveCount(1);

  await page.getByRole('button', { name: 'Фільтри' }).click();
  const from = page.getByRole('group', { name: 'Фільтри бібліотеки' }).getByRole('textbox', { name: 'Від' });
  await expect(from).toHaveAttribute('placeholder', 'дд.мм.рррр');
  await from.fill('19.12.2025');
  await from.press('Enter');
  await expect(page.getByRole('button', { name: 'Прибрати фільтр: Від 19 грудня 2025 року' })).toBeVisible();
  await expect(library(page).getByRole('option')).toHaveCount(1);

  // ↑ moves the day on: the article of the 19th is no longer in the period.
  await from.press('ArrowUp');
  await expect(from).toHaveValue('20.12.2025');
  await expect(page.getByRole('button', { name: 'Прибрати фільтр: Від 20 грудня 2025 року' })).toBeVisible();
  await expect(library(page).getByRole('option')).toHaveCount(0);

  // A day that does not exist is said so, and the filter stays as it was.
  await from.fill('31.02.2025');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription('Дату пишіть як 19.12.2025');
  await expect(page.getByRole('button', { name: 'Прибрати фільтр: Від 20 грудня 2025 року' })).toBeVisible();
});
