import type { Locator, Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const offer = (page: Page) => body(page).getByRole('status', { name: 'Нагадаємо' });

/** What the page prints before the recap's text: the label drawn from the node, not typed into it. */
const labelOf = (recap: Locator) =>
  recap.evaluate((element) => getComputedStyle(element, '::before').content.replace(/^"|"$/g, ''));

async function newArticle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue('');
  await body(page).click();
}

test('a recap shows its «Нагадаємо,» label before its text, as the page prints it', async ({ page, app }) => {
  await page.goto(app.url);
  // The sample article ends with a recap.
  const recap = body(page).locator('p.recap');
  await expect(recap).toHaveText(/^[а-яіїєґ]/);
  expect(await labelOf(recap)).toBe('Нагадаємо, ');
  const weight = await recap.evaluate((element) => Number(getComputedStyle(element, '::before').fontWeight));
  expect(weight).toBeGreaterThanOrEqual(600);
});

test('typing «Нагадаємо, » at the start of a paragraph offers a recap: Tab takes it, Esc or typing on leaves it', async ({
  page,
  app,
}) => {
  // Many keys typed one by one: on a busy 2-core machine they alone take much of the default 30 s.
  test.slow();
  await newArticle(page, app.url);
  await page.keyboard.type('Перший абзац.');
  await page.keyboard.press('Enter');

  // Accepted with the keyboard: the words become the block's label and the caret stays where the text goes on.
  await page.keyboard.type('Нагадаємо, ');
  await expect(offer(page)).toBeVisible();
  await expect(offer(page)).toContainText('Tab');
  await page.keyboard.press('Tab');
  await expect(offer(page)).toBeHidden();
  await page.keyboard.type('реакція стримана.');
  const recap = body(page).locator('p.recap');
  await expect(recap).toHaveText('реакція стримана.');
  expect(await labelOf(recap)).toBe('Нагадаємо, ');
  await expect(body(page)).toBeFocused();

  // Refused with Esc: the paragraph stays ordinary and keeps the words as typed.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Нагадаємо, ');
  await expect(offer(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(offer(page)).toBeHidden();
  await page.keyboard.type('що це не все.');
  await expect(body(page).locator('p.recap + p')).toHaveText('Нагадаємо, що це не все.');
  await expect(body(page).locator('p.recap')).toHaveCount(1);

  // Ignored: a new paragraph leaves the offer behind, and a Tab there is not taken.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Нагадаємо, ');
  await expect(offer(page)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(offer(page)).toBeHidden();
  await expect(body(page).locator('p.recap')).toHaveCount(1);
  await expect(
    body(page)
      .locator('p')
      .filter({ hasText: /^Нагадаємо,\s*$/ }),
  ).toHaveCount(1);
});
