import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const lead = (page: Page) => page.getByRole('textbox', { name: 'Лід' });
const saveState = (page: Page) => page.locator('.save-state');

/** The one article.json whose lead is `wanted`. */
async function savedArticle(app: BrowserModeApp, wanted: string): Promise<{ headline: string; body: unknown }> {
  const dir = path.join(app.libraryPath, 'articles');
  for (const id of await readdir(dir)) {
    const article = JSON.parse(await readFile(path.join(dir, id, 'article.json'), 'utf8'));
    if (article.lead === wanted) return article;
  }
  throw new Error(`no article with the lead «${wanted}»`);
}

test('a whole article pasted into the headline is cut at its limit, said so, and saved with everything else', async ({
  page,
  app,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const pasted = 'Уряд ухвалив рішення про ремонт доріг у громадах. '.repeat(100).slice(0, 5000);
  expect(pasted).toHaveLength(5000);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await lead(page).fill('Лід, що лишається');
  await body(page).click();
  await page.keyboard.type('Текст, що лишається.');
  await expect(saveState(page)).toHaveText(/Збережено о/);

  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
  await headline(page).focus();
  await page.keyboard.press('ControlOrMeta+v');
  await expect(headline(page)).toHaveValue(pasted.slice(0, 1000));
  await expect(page.getByRole('status').filter({ hasText: 'Заголовок:' })).toHaveText(
    'Заголовок: зберігається не більше 1000 знаків, тож кінець відрізано (знаків: 4000).',
  );
  await expect(page.getByText('Знаків у заголовку: 1000. Для новини радимо до 110.')).toBeVisible();
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await expect.poll(async () => (await savedArticle(app, 'Лід, що лишається')).headline).toBe(pasted.slice(0, 1000));

  // Later saves go on working, and nothing typed elsewhere was lost.
  await body(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Ще речення.');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await expect
    .poll(async () => JSON.stringify((await savedArticle(app, 'Лід, що лишається')).body))
    .toContain('Текст, що лишається. Ще речення.');
});
