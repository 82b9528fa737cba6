import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const attribution = (page: Page) => page.getByRole('textbox', { name: 'Хто це сказав' });

test('straight quotes and apostrophes typed in a quote’s attribution become « » and ’; Ctrl+Z gives back what was typed', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue('');
  await body(page).click();
  await page.keyboard.type('> Ми готові до перемовин.');
  await expect(body(page).locator('blockquote')).toContainText('Ми готові до перемовин.');

  await attribution(page).click();
  await page.keyboard.type(`голова правління "Укренерго" Ком'яков`);
  await expect(attribution(page)).toHaveValue('голова правління «Укренерго» Ком’яков');

  // As in the headline: the fix is its own undo step, so Ctrl+Z gives back the straight apostrophe typed.
  await page.keyboard.type(` п'`);
  await expect(attribution(page)).toHaveValue('голова правління «Укренерго» Ком’яков п’');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(attribution(page)).toHaveValue("голова правління «Укренерго» Ком’яков п'");

  // What was typed is the quote's, kept after a reload.
  await page.keyboard.type('ята');
  await expect(page.locator('.save-state')).toHaveText(/Збережено о/);
  await page.reload();
  await expect(attribution(page)).toHaveValue("голова правління «Укренерго» Ком’яков п'ята");
});
