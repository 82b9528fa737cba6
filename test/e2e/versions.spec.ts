import type { Page } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test } from './browser-mode';

const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');
const panel = (page: Page) => page.getByRole('region', { name: 'Версії' });

test('«Версії»: an empty history, «Зберегти версію», and «Відновити» after a confirmation, by keyboard', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await expect(panel(page).getByText('Ще немає збережених версій')).toBeVisible();
  expect(await severeAxeViolations(page, ['aside'])).toEqual([]);

  await headline(page).fill('Уряд ухвалив бюджет');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await panel(page).getByRole('button', { name: 'Зберегти версію' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Версію збережено.');
  const items = panel(page).getByRole('list', { name: 'Збережені версії' }).getByRole('listitem');
  const manual = items.filter({ hasText: 'збережено вручну' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Статус: Чернетка');

  await headline(page).fill('Уряд відклав бюджет');
  await expect(saveState(page)).toHaveText(/Збережено о/);

  // «Порівняти»: the kept version against the text now, word by word; then against another version.
  await manual.getByRole('button', { name: /^Порівняти версію від / }).click();
  const compared = page.getByRole('dialog', { name: 'Порівняння версій' });
  await expect(compared.locator('del', { hasText: 'ухвалив' })).toBeVisible();
  await expect(compared.locator('ins', { hasText: 'відклав' })).toBeVisible();
  expect(await severeAxeViolations(page)).toEqual([]);
  const others = await compared.getByLabel('Порівняти з:').locator('option').count();
  expect(others).toBeGreaterThan(1);
  await compared.getByLabel('Порівняти з:').selectOption({ index: others - 1 });
  await expect(compared.locator('ins', { hasText: 'відклав' })).toHaveCount(0);
  await compared.getByRole('button', { name: 'Закрити порівняння' }).click();
  await expect(compared).toHaveCount(0);
  // Keyboard first: the version's «Відновити» is reached and pressed with keys, and so is the confirmation.
  await manual.getByRole('button', { name: /^Відновити версію від / }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Відновити цю версію?' });
  await expect(dialog).toBeVisible();
  expect(await severeAxeViolations(page)).toEqual([]);
  await expect(dialog.getByRole('button', { name: 'Відновити' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(headline(page)).toHaveValue('Уряд ухвалив бюджет');
  await expect(panel(page).getByRole('status')).toHaveText(/^Версію від .+ відновлено\.$/);
  await expect(items.filter({ hasText: 'відновлено зі старішої версії' })).toHaveCount(1);
  await page.reload();
  await expect(headline(page)).toHaveValue('Уряд ухвалив бюджет');
});
