import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const BROWSER_STATE =
  'Оновлення стосуються настільної програми. У режимі браузера оновлювати нічого: він показує ту версію, яку запустили.';

async function openUpdates(page: Page) {
  await page.getByRole('button', { name: 'Налаштування' }).click();
  const dialog = page.getByRole('dialog', { name: 'Налаштування' });
  const section = dialog.getByRole('group', { name: 'Оновлення' });
  await expect(section).toBeVisible();
  return { dialog, section, toggle: section.getByRole('checkbox', { name: 'Оновлювати Шпальту автоматично' }) };
}

test('the settings show the update switch, keep it, and say that browser mode has nothing to update', async ({
  page,
  app,
}) => {
  const version = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version;
  await page.goto(app.url);
  await expect(body(page)).toBeVisible();

  const first = await openUpdates(page);
  const { section } = first;
  let { dialog, toggle } = first;
  await expect(section.getByText(`Встановлена версія: ${version}`)).toBeVisible();
  await expect(section.getByRole('status').filter({ hasText: BROWSER_STATE })).toBeVisible();
  // Nothing to check or install here, and the status bar has no update to offer.
  await expect(section.getByRole('button', { name: 'Перевірити зараз' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Оновлення .* готове/ })).toHaveCount(0);
  await expect(toggle).toBeChecked();
  await expect(toggle).toBeEnabled();
  await expect(toggle).toHaveAccessibleDescription(/Вимкніть, якщо редакція встановлює версії сама/);
  expect(await severeAxeViolations(page, ['.settings-dialog'])).toEqual([]);

  // Saved at once, on this computer's settings.
  await toggle.uncheck();
  await expect(section.getByText('Збережено: Шпальта не перевірятиме оновлень.')).toBeVisible();
  await expect
    .poll(async () => JSON.parse(await readFile(path.join(app.userDataDir, 'settings.json'), 'utf8')).updates)
    .toEqual({ enabled: false });
  await dialog.getByRole('button', { name: 'Скасувати' }).click();
  await expect(dialog).toBeHidden();

  // Still off when the settings open again, and after a reload.
  ({ dialog, toggle } = await openUpdates(page));
  await expect(toggle).not.toBeChecked();
  await page.reload();
  await expect(body(page)).toBeVisible();
  ({ dialog, toggle } = await openUpdates(page));
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(dialog.getByText('Збережено: Шпальта оновлюватиметься автоматично.')).toBeVisible();
});

test("the administrator's SHPALTA_UPDATES=off shows the switch off and set by them", async ({ page, app }) => {
  await page.goto(app.url);
  await expect(body(page)).toBeVisible();
  // The host is started again with the administrator's variable in its environment.
  await app.stopHost();
  process.env['SHPALTA_UPDATES'] = 'off';
  try {
    await app.startHost();
  } finally {
    delete process.env['SHPALTA_UPDATES'];
  }
  await page.goto(app.origin);
  await expect(body(page)).toBeVisible();

  const { section, toggle } = await openUpdates(page);
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toBeDisabled();
  await expect(toggle).toHaveAccessibleDescription(/Це налаштування задав адміністратор цього комп’ютера\./);
  await expect(section.getByRole('status').filter({ hasText: BROWSER_STATE })).toBeVisible();
  expect(await severeAxeViolations(page, ['.settings-dialog'])).toEqual([]);
});
