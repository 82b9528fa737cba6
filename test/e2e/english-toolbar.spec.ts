import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Text formatting' });
const tool = (page: Page, name: string) => toolbar(page).getByRole('button', { name, exact: true });

test('an English UI shows B, I, U and S on the mark buttons; the Ukrainian one keeps Ж, К, П and З', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const ukrainian = page.getByRole('toolbar', { name: 'Форматування тексту' });
  await expect(ukrainian.getByRole('button', { name: 'Жирний', exact: true })).toHaveText('Ж');
  await expect(ukrainian.getByRole('button', { name: 'Закреслений', exact: true })).toHaveText('З');

  await page.getByRole('button', { name: 'Налаштування' }).click();
  await page.getByRole('dialog').getByLabel('Мова інтерфейсу').selectOption('en');
  await page.getByRole('dialog').getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();

  await expect(tool(page, 'Bold')).toHaveText('B');
  await expect(tool(page, 'Italic')).toHaveText('I');
  await expect(tool(page, 'Underline')).toHaveText('U');
  await expect(tool(page, 'Strikethrough')).toHaveText('S');
});
