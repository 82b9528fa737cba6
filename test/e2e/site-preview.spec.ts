import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const previewFrame = (page: Page) => page.locator('iframe[title="Сторінка статті, як її покаже сайт"]');
const preview = (page: Page) => page.frameLocator('iframe[title="Сторінка статті, як її покаже сайт"]');
/** The width the page inside the frame is laid out at (before the frame is scaled to the panel). */
const layoutWidth = (page: Page) =>
  preview(page)
    .locator('body')
    .evaluate((element) => element.ownerDocument.documentElement.clientWidth);

test('the page preview shows the article as the site will, follows the text, and narrows to a phone', async ({
  page,
  app,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(app.url);
  await expect(body(page)).toContainText('Це зразкова стаття вашої бібліотеки.');

  await page.getByText('Перегляд сторінки', { exact: true }).click();
  const shownHeadline = await headline(page).inputValue();
  await expect(preview(page).locator('h1')).toHaveText(shownHeadline);
  await expect(preview(page).locator('.share-label')).toHaveText('Поділитися:');
  // The site's own stylesheet applies: the policy lets exactly that inline style through.
  await expect(preview(page).locator('main')).toHaveCSS('max-width', '720px');
  await expect(previewFrame(page)).toHaveAttribute('sandbox', '');
  await expect.poll(() => layoutWidth(page)).toBe(1280);

  await headline(page).fill('Міст через Дніпро відкрили для руху');
  await expect(preview(page).locator('h1')).toHaveText('Міст через Дніпро відкрили для руху');
  await body(page).locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Рух поновили о шостій ранку.');
  await expect(preview(page).locator('article')).toContainText('Рух поновили о шостій ранку.');

  await page.getByRole('radio', { name: 'Телефон' }).check();
  await expect(previewFrame(page)).toHaveAttribute('data-width', 'phone');
  // The page is laid out at a phone's width (then scaled to the panel): the site's phone layout applies.
  await expect.poll(() => layoutWidth(page)).toBe(390);
  await expect(preview(page).locator('h1')).toHaveText('Міст через Дніпро відкрили для руху');

  // Closed, the preview draws nothing; reopened, its frame shows the article as it is now, not as it was.
  await page.getByText('Перегляд сторінки', { exact: true }).click();
  await expect(previewFrame(page)).toHaveCount(0);
  await headline(page).fill('Міст через Дніпро знову закрили');
  await page.getByText('Перегляд сторінки', { exact: true }).click();
  await expect(preview(page).locator('h1')).toHaveText('Міст через Дніпро знову закрили');
  expect(refused).toEqual([]);
});
