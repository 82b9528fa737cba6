import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';

const welcome = (page: Page) => page.getByRole('region', { name: 'Вітаємо в Шпальті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const views = (page: Page) => page.getByRole('navigation', { name: 'Етапи роботи' });
const view = (page: Page, name: string) => views(page).getByRole('button', { name: new RegExp(`^${name}`) });

/** The article file whose headline this is. */
async function fileOf(app: BrowserModeApp, headlineText: string): Promise<string> {
  const dir = path.join(app.libraryPath, 'articles');
  for (const id of await readdir(dir)) {
    const file = path.join(dir, id, 'article.json');
    const article = JSON.parse(await readFile(file, 'utf8')) as { headline: string };
    if (article.headline === headlineText) return file;
  }
  throw new Error(`no article «${headlineText}»`);
}

test('the workflow views list and count by status, and a colleague’s step on my article is told', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await welcome(page).getByLabel('Ім’я та прізвище').fill('Олена Коваленко');
  await welcome(page).getByLabel('Ім’я та прізвище').press('Enter');
  await expect(welcome(page)).toBeHidden();
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await headline(page).fill('Бюджет ухвалено');
  await expect(page.locator('.save-state')).toHaveText(/Збережено о/);

  // Mine are the drafts signed with my name: not the sample article.
  await expect(view(page, 'Мої чернетки')).toContainText('1');
  await view(page, 'Мої чернетки').click();
  await expect(view(page, 'Мої чернетки')).toHaveAttribute('aria-pressed', 'true');
  await expect(library(page).getByRole('option')).toHaveText([/Бюджет ухвалено/]);
  await expect(view(page, 'Повернуті')).toContainText('0');

  // The editor, on another machine, returns it; the file arrives through the synced folder.
  const file = await fileOf(app, 'Бюджет ухвалено');
  const article = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, `${JSON.stringify({ ...article, status: 'returned' }, null, 2)}\n`);
  const notice = page.locator('.status-notice', { hasText: 'Стаття «Бюджет ухвалено»: Повернуто' });
  await expect(notice).toBeVisible();
  await expect(view(page, 'Повернуті')).toContainText('1');
  await expect(view(page, 'Мої чернетки')).toContainText('0');
  expect(await severeAxeViolations(page)).toEqual([]);

  await view(page, 'Повернуті').click();
  await expect(library(page).getByRole('option')).toHaveText([/Бюджет ухвалено/]);
  await notice.getByRole('button', { name: 'Відкрити' }).click();
  await expect(notice).toHaveCount(0);
  await expect(headline(page)).toHaveValue('Бюджет ухвалено');
  // Pressing the pressed view shows the whole library again.
  await view(page, 'Повернуті').click();
  await expect(library(page).getByRole('option')).toHaveCount(2);
});
