import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';

const SAMPLE_HEADLINE = /Редакція перейшла на «Шпальту»/;

const welcome = (page: Page) => page.getByRole('region', { name: 'Вітаємо в Шпальті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Метадані статті' });
const authors = (page: Page) => panel(page).getByRole('list', { name: 'Автори: вибрані' }).locator('.chip-name');
const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });

/** The first run's page: the sample article open and editable, as if there were no welcome at all. */
async function openFirstRun(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await expect(body(page)).toHaveAttribute('contenteditable', 'true');
  await expect(body(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
}

async function authorsOnDisk(app: BrowserModeApp, headlineText: string): Promise<string[]> {
  const dir = path.join(app.libraryPath, 'articles');
  for (const id of await readdir(dir)) {
    const article = JSON.parse(await readFile(path.join(dir, id, 'article.json'), 'utf8'));
    if (article.headline === headlineText) return article.authors.map((author: { name: string }) => author.name);
  }
  return [];
}

test('a newcomer gives a name and an outlet once, and new articles are signed with the name', async ({ page, app }) => {
  await openFirstRun(page, app);
  await expect(welcome(page)).toBeVisible();
  expect(await severeAxeViolations(page)).toEqual([]);

  await welcome(page).getByLabel('Ім’я та прізвище').fill('Олена Коваленко');
  await welcome(page).getByLabel('Назва видання').fill('Економічна правда');
  await welcome(page).getByLabel('Назва видання').press('Enter');
  await expect(welcome(page)).toBeHidden();
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);

  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await expect(authors(page)).toHaveText(['Олена Коваленко']);
  // The author is the article's own from then on: it can be changed like any other field.
  await headline(page).fill('Бюджет ухвалено');
  await panel(page).getByRole('combobox', { name: 'Автори' }).fill('Петро Шевчук');
  await page.keyboard.press('Enter');
  await expect(authors(page)).toHaveText(['Олена Коваленко', 'Петро Шевчук']);
  await expect(page.locator('.save-state')).toHaveText(/Збережено о/);
  await expect.poll(() => authorsOnDisk(app, 'Бюджет ухвалено')).toEqual(['Олена Коваленко', 'Петро Шевчук']);

  await page.getByRole('button', { name: 'Налаштування' }).click();
  const settings = page.getByRole('dialog', { name: 'Налаштування' });
  await expect(settings.getByLabel('Ім’я та прізвище')).toHaveValue('Олена Коваленко');
  await expect(settings.getByLabel('Назва видання')).toHaveValue('Економічна правда');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(library(page).getByRole('option', { name: 'Бюджет ухвалено' })).toBeVisible();
  await expect(headline(page)).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
});

test('«Не зараз» puts the welcome away for good, by keyboard, and leaves the sample article ready', async ({
  page,
  app,
}) => {
  await openFirstRun(page, app);
  const name = welcome(page).getByLabel('Ім’я та прізвище');
  await name.focus();
  await page.keyboard.press('Tab');
  // The role is chosen here too, and the card says plainly what a role is worth in a shared folder.
  await expect(welcome(page).getByRole('combobox', { name: 'Роль' })).toBeFocused();
  await expect(welcome(page)).toContainText('ролі — чесні позначки');
  await page.keyboard.press('Tab');
  await expect(welcome(page).getByLabel('Назва видання')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(welcome(page).getByRole('button', { name: 'Готово' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(welcome(page).getByRole('button', { name: 'Не зараз' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(welcome(page)).toBeHidden();
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);

  // Without a name a new article has no author: nothing is made up.
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await expect(panel(page).getByRole('combobox', { name: 'Автори' })).toBeVisible();
  await expect(authors(page)).toHaveCount(0);

  await page.reload();
  await expect(library(page).getByRole('option')).toHaveCount(2);
  await expect(headline(page)).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
});
