import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { leavePrompts } from './leave-prompts';

/** The open article's life: trashed while open, open in two views, damaged on disk while open. */

// Several pages type and save in turn: on a busy machine that takes longer than one page's test.
test.describe.configure({ timeout: 180_000 });

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');
const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const openElsewhere = (page: Page) => page.getByText('Ця стаття відкрита в іншому вікні');

async function sampleFile(app: BrowserModeApp): Promise<string> {
  const [id] = await readdir(path.join(app.libraryPath, 'articles'));
  if (!id) throw new Error('no sample article');
  return path.join(app.libraryPath, 'articles', id, 'article.json');
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
}

async function typeAtStart(page: Page, text: string): Promise<void> {
  await body(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type(text);
}

/** Opens the article `first` has open in a `second` page too: each of the two says it is open elsewhere. */
async function openAlongside(first: Page, second: Page, app: BrowserModeApp): Promise<void> {
  await open(second, app.origin);
  await expect(openElsewhere(second)).toBeVisible();
  await expect(openElsewhere(first)).toBeVisible();
}

/** Types at the start of `writer`'s body and waits for its save; the other page, `reader`, shows the text. */
async function typeAndSeeElsewhere(writer: Page, text: string, reader: Page): Promise<void> {
  await typeAtStart(writer, text);
  await expect(saveState(writer)).toHaveText(/Збережено о/);
  await expect(body(reader)).toContainText(text.trim());
}

test('trashing the only article closes it and shows the empty library; «Скасувати» opens it again', async ({
  page,
  app,
}) => {
  await open(page, app.url);
  await typeAtStart(page, 'Ще. ');
  await library(page).getByRole('option').first().click();
  await library(page).getByRole('option').first().press('Delete');

  await expect(page.getByText('У бібліотеці ще немає статей.')).toBeVisible();
  await expect(page.getByText('Оберіть статтю ліворуч або створіть нову.')).toBeVisible();
  await expect(headline(page)).toBeHidden();
  await expect(page.getByText('Файл цієї статті зник')).toBeHidden();

  await page.locator('.undo-toast').getByRole('button', { name: 'Скасувати' }).click();
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await expect(library(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await typeAtStart(page, 'Знову. ');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  expect(await readFile(await sampleFile(app), 'utf8')).toContain('Знову.');
});

test('two tabs on one article: each says it is open elsewhere, and a save shows in the other without a conflict', async ({
  page,
  app,
  context,
}) => {
  await open(page, app.url);
  const second = await context.newPage();
  await openAlongside(page, second, app);

  await typeAndSeeElsewhere(page, 'Перша. ', second);
  await typeAndSeeElsewhere(second, 'Друга. ', page);
  // Following the other tab's save is no edit of this one's: nothing is left unsaved, and a reload asks nothing.
  const prompts = leavePrompts(page);
  await page.reload();
  await expect(body(page)).toContainText('Друга. Перша.');
  expect(prompts).toEqual([]);
  await expect(second.getByText('Статтю змінено поза цим вікном')).toBeHidden();
  const saved = await readFile(await sampleFile(app), 'utf8');
  expect(saved).toContain('Перша.');
  expect(saved).toContain('Друга.');

  await second.close();
  await expect(openElsewhere(page)).toBeHidden();
});

test('two browsers on one host: the article open in both is said to be, and kept in step', async ({
  page,
  app,
  browser,
}) => {
  await open(page, app.url);
  const other = await browser.newContext();
  try {
    // Signed in as the first browser is: the same session cookie.
    await other.addCookies(await page.context().cookies());
    const second = await other.newPage();
    await openAlongside(page, second, app);

    await typeAndSeeElsewhere(second, 'Інший. ', page);
    await typeAndSeeElsewhere(page, 'Свій. ', second);

    // Another article in the second browser: the first is alone with this one again.
    await second.getByRole('button', { name: 'Нова стаття' }).click();
    await expect(headline(second)).toHaveValue('');
    await expect(openElsewhere(page)).toBeHidden();
  } finally {
    await other.close();
  }
});

test('a file damaged while open says so, keeps the text and writes it back on request', async ({ page, app }) => {
  await open(page, app.url);
  const file = await sampleFile(app);
  await writeFile(file, '{"headline": "Обірвано посере');

  const banner = page.getByRole('alert', { name: /Файл цієї статті пошкоджено/ });
  await expect(banner).toBeVisible();
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  await expect(page.getByText('Статтю оновлено з диска')).toBeHidden();

  // The journalist keeps writing: the edits wait in the window and the app's backup, never over the file.
  await typeAtStart(page, 'Після. ');
  await expect(saveState(page)).toContainText('резервній копії');
  await expect(page.getByText('Статтю змінено поза цим вікном')).toBeHidden();
  expect(await readFile(file, 'utf8')).toBe('{"headline": "Обірвано посере');

  await banner.getByRole('button', { name: 'Записати текст із вікна у файл' }).click();
  await expect(banner).toBeHidden();
  await expect(saveState(page)).toHaveText(/Збережено о/);
  const restored = JSON.parse(await readFile(file, 'utf8'));
  expect(restored.headline).toMatch(/Редакція перейшла/);
  expect(JSON.stringify(restored.body)).toContain('Після.');
});
