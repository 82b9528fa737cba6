import type { Page } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test } from './browser-mode';
import { seedArticles } from './seed-articles';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const cards = (page: Page) => page.locator('details.share-cards');
const card = (page: Page, name: string) => cards(page).getByRole('region', { name });
const CARD_NAMES = [
  'Facebook: картка посилання',
  'Telegram: картка посилання',
  'Telegram: допис у каналі',
  'X: велика картка',
  'Google: результат пошуку',
];

test('every share card follows the headline, and the open panel passes axe', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(body(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
  // The sample article has no picture: the closed panel already counts that.
  await expect(cards(page).locator('summary')).toContainText(/зауважень: \d+/);

  await cards(page).locator('summary').click();
  const shown = await headline(page).inputValue();
  for (const name of CARD_NAMES) await expect(card(page, name)).toContainText(shown.slice(0, 40));
  await expect(cards(page).getByRole('region', { name: 'Для всіх карток' })).toContainText(
    'Увага: Немає головного зображення',
  );

  await headline(page).fill('Міст через Дніпро відкрили для руху');
  for (const name of CARD_NAMES) await expect(card(page, name)).toContainText('Міст через Дніпро відкрили для руху');

  expect(await severeAxeViolations(page, ['details.share-cards'])).toEqual([]);
});

test('the Telegram post shows Telegram’s formatting, refused markup as text, and a post too long', async ({
  page,
  app,
}) => {
  await seedArticles(app, [
    {
      id: 'e2e-telegram',
      headline: 'Уряд отримав новий кредит',
      paragraphs: ['Кошти підуть на оборону.'],
      telegram: { text: `<b>Головне</b> за день <script>alert(1)</script>\n${'я'.repeat(4100)}` },
    },
  ]);
  await page.goto(app.url);
  await page
    .getByRole('listbox', { name: 'Бібліотека' })
    .getByRole('option', { name: 'Уряд отримав новий кредит' })
    .click();
  await expect(headline(page)).toHaveValue('Уряд отримав новий кредит');

  await cards(page).locator('summary').click();
  const post = card(page, 'Telegram: допис у каналі');
  await expect(post.locator('.tg-post-text strong')).toHaveText('Головне');
  await expect(post.locator('.tg-post-text')).toContainText('за день <script>alert(1)</script>');
  await expect(post.locator('script')).toHaveCount(0);
  await expect(post.locator('.card-warning.is-error')).toContainText([
    'Помилка: Telegram не прийме допис: тег <script> він не підтримує',
    'Помилка: Допис для Telegram задовгий',
  ]);
});
