import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const lead = (page: Page) => page.getByRole('textbox', { name: 'Лід' });

const caret = (page: Page) =>
  page.evaluate(() => {
    const field = document.activeElement as HTMLTextAreaElement;
    return [field.selectionStart, field.selectionEnd];
  });

test('Enter goes from the headline to the lead and from the lead to the start of the body', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(body(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toBeFocused();

  await page.keyboard.type('Міст відкрили');
  await page.keyboard.press('Enter');
  await expect(lead(page)).toBeFocused();
  await expect(headline(page)).toHaveValue('Міст відкрили');
  await page.keyboard.type('Рух поновили вранці.');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  await expect(lead(page)).toHaveValue('Рух поновили вранці.');
  await page.keyboard.type('Перший абзац.');
  await expect(body(page).locator('p').first()).toHaveText('Перший абзац.');
});

test('Enter from a lead with text lands at the start of a body that has text', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(body(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
  const firstParagraph = (await body(page).locator('p').first().textContent()) ?? '';
  await lead(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('Початок. ');
  await expect(body(page).locator('p').first()).toHaveText(`Початок. ${firstParagraph}`);
});

test('a headline and a lead stay one line: Enter mid-field moves on, Shift+Enter adds nothing', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toBeFocused();
  await page.keyboard.type('Міст відкрили');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Enter');
  await expect(headline(page)).toHaveValue('Міст відкрили');
  expect(await caret(page)).toEqual([0, 0]);
  // In the middle of the headline Enter does not split it: the headline is done, the lead is next.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(lead(page)).toBeFocused();
  await expect(headline(page)).toHaveValue('Міст відкрили');

  await page.keyboard.type('Рух поновили вранці.');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Enter');
  await expect(lead(page)).toHaveValue('Рух поновили вранці.');
  expect(await caret(page)).toEqual([0, 0]);
  // The lead is one paragraph: Enter in its middle does not cut it in two, it goes on to the body.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  await expect(lead(page)).toHaveValue('Рух поновили вранці.');
});
