import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
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
  // Noticed by the event stream with nothing left to save, before any save fails; plainly, where the save
  // state is, not a technical message.
  await expect(saveState(page)).toContainText(HOST_LOST, { timeout: 15_000 });
  await page.keyboard.type(' Друге речення, набране без сервера.');
  await expect(saveState(page)).toContainText(HOST_LOST, { timeout: 15_000 });
  await page.keyboard.type(' Третє теж.');

  await app.startHost();
  // The open tab is still signed in (the cookie outlives the restart) and sends what it kept; the notice goes.
  await expect(saveState(page)).toHaveText(SAVED, { timeout: 20_000 });
  await page.keyboard.type(' Четверте після перезапуску.');
  await expect(saveState(page)).toHaveText(SAVED, { timeout: 15_000 });
  await expect
    .poll(async () => readFile(await sampleFile(app), 'utf8'))
    .toContain('Перше речення до зупинки. Друге речення, набране без сервера. Третє теж. Четверте після перезапуску.');
});

/** A second article saved in the library, and the sample open again: the two a switch goes between. */
async function openSampleBesideSecondArticle(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await headline(page).fill('Друга стаття');
  await expect(saveState(page)).toHaveText(SAVED);
  await library(page).getByRole('option', { name: SAMPLE_HEADLINE }).click();
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
}

test('switching articles while the host is down loses nothing, also across a reload', async ({ page, app }) => {
  await openSampleBesideSecondArticle(page, app);
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

/** Every draft this page keeps in IndexedDB, as its JSON text (read from the page, as the app stores it). */
function keptDrafts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('shpalta-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as unknown[]).map((draft) => JSON.stringify(draft)));
          };
        };
      }),
  );
}

test('New waits for the words to be kept in this browser, not for a save the host holds', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  // The host takes the save and does not answer (busy, or a network share that hangs) until released.
  const held: Route[] = [];
  let holding = true;
  await page.route('**/api/article.save', (route) => (holding ? void held.push(route) : route.continue()));
  await typeAtEnd(page, ' Речення, яке сервер ще не підтвердив.');
  await page.getByRole('button', { name: 'Нова стаття' }).click();

  // The new article opens, and by then the words were in IndexedDB: the switch waited for them.
  await expect(headline(page)).toHaveValue('');
  expect((await keptDrafts(page)).join()).toContain('Речення, яке сервер ще не підтвердив.');
  // The save is on its way and held: the host confirmed nothing, so the switch went on the kept copy alone.
  await expect.poll(() => held.length).toBeGreaterThan(0);

  // The host answers again: the held save writes them, and the copy in this browser is dropped.
  holding = false;
  for (const route of held) await route.continue();
  await expect
    .poll(async () => readFile(await sampleFile(app), 'utf8'), { timeout: 15_000 })
    .toContain('Речення, яке сервер ще не підтвердив.');
  await expect.poll(() => keptDrafts(page)).toEqual([]);
});

test('with the host down and no room in this browser, a switch stays on the article and says why', async ({
  page,
  app,
}) => {
  await openSampleBesideSecondArticle(page, app);
  await app.stopHost();
  // A full disk or a store the browser refuses: nothing else can make this page's IndexedDB fail to write.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await typeAtEnd(page, ' Речення без сервера й без місця.');
  await library(page)
    .getByRole('option', { name: /Друга стаття/ })
    .click();

  await expect(page.getByRole('alert').filter({ hasText: 'Стаття лишається відкритою' })).toBeVisible();
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await expect(body(page)).toContainText('Речення без сервера й без місця.');

  await app.startHost();
  await expect(saveState(page)).toHaveText(SAVED, { timeout: 20_000 });
  expect(await readFile(await sampleFile(app), 'utf8')).toContain('Речення без сервера й без місця.');
  // Saved, the article can be left; the word why it stayed goes.
  await library(page)
    .getByRole('option', { name: /Друга стаття/ })
    .click();
  await expect(headline(page)).toHaveValue('Друга стаття');
  await expect(page.getByText('Стаття лишається відкритою')).toHaveCount(0);
});
