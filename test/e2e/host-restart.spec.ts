import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';

const SAMPLE_HEADLINE = /Редакція перейшла на «Шпальту»/;
const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');
const SAVED = /Збережено о \d{2}:\d{2}/;
const HOST_LOST = 'Немає зв’язку з програмою. Зміни збережено в цьому браузері';

// Two host starts, a retry after the restart and a busy machine: more than the default half minute.
test.describe.configure({ timeout: 90_000 });

async function sampleFile(app: BrowserModeApp): Promise<string> {
  const dir = path.join(app.libraryPath, 'articles');
  for (const id of await readdir(dir)) {
    const file = path.join(dir, id, 'article.json');
    if (SAMPLE_HEADLINE.test(await readFile(file, 'utf8'))) return file;
  }
  throw new Error('no sample article');
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await body(page).locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

test('the host stopped and restarted while typing: every word is on disk afterwards', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await typeAtEnd(page, ' Перше речення до зупинки.');
  await expect(saveState(page)).toHaveText(SAVED);

  await app.stopHost();
  await page.keyboard.type(' Друге речення, набране без сервера.');
  // Plainly said where the save state is, not a technical message.
  await expect(saveState(page)).toContainText(HOST_LOST, { timeout: 15_000 });
  await page.keyboard.type(' Третє теж.');

  await app.startHost();
  // The open tab is still signed in (the cookie outlives the restart) and sends what it kept.
  await expect(saveState(page)).toHaveText(SAVED, { timeout: 20_000 });
  await page.keyboard.type(' Четверте після перезапуску.');
  await expect(saveState(page)).toHaveText(SAVED, { timeout: 15_000 });
  await expect
    .poll(async () => readFile(await sampleFile(app), 'utf8'))
    .toContain('Перше речення до зупинки. Друге речення, набране без сервера. Третє теж. Четверте після перезапуску.');
});

test('switching articles while the host is down loses nothing, also across a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await headline(page).fill('Друга стаття');
  await expect(saveState(page)).toHaveText(SAVED);
  await library(page).getByRole('option', { name: SAMPLE_HEADLINE }).click();
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);

  await app.stopHost();
  await typeAtEnd(page, ' Речення, набране без сервера.');
  await library(page)
    .getByRole('option', { name: /Друга стаття/ })
    .click();
  await expect(page.getByText('Не вдалося відкрити статтю')).toBeVisible({ timeout: 15_000 });

  await app.startHost();
  // A fresh page load: the words come back from this browser's IndexedDB, not from memory.
  await page.reload();
  await library(page).getByRole('option', { name: SAMPLE_HEADLINE }).click();
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await expect(body(page)).toContainText('Речення, набране без сервера.');
  await expect(page.getByText('Повернуто зміни, які цей браузер зберіг')).toBeVisible();
  await expect(saveState(page)).toHaveText(SAVED, { timeout: 15_000 });
  expect(await readFile(await sampleFile(app), 'utf8')).toContain('Речення, набране без сервера.');
});
