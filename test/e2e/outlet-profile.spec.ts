import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { png } from '../fixtures/images';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Налаштування' });
const rubricSelect = (page: Page) =>
  page.getByRole('complementary', { name: 'Метадані статті' }).getByRole('combobox', { name: 'Рубрика' });
const preview = (page: Page) => page.frameLocator('iframe[title="Сторінка статті, як її покаже сайт"]');
const rubricItems = (page: Page) => settingsDialog(page).getByRole('group', { name: 'Рубрики' }).getByRole('listitem');
const outletFile = (app: BrowserModeApp) => path.join(app.libraryPath, 'outlet.json');

/** What a sync tool does with a colleague's save: a complete file renamed over outlet.json. */
async function colleagueWrites(app: BrowserModeApp, change: (profile: Record<string, unknown>) => void) {
  const profile = JSON.parse(await readFile(outletFile(app), 'utf8')) as Record<string, unknown>;
  change(profile);
  const temp = path.join(app.libraryPath, '.outlet.json.sync-tmp');
  await writeFile(temp, `${JSON.stringify(profile, null, 2)}\n`);
  await rename(temp, outletFile(app));
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Налаштування' }).click();
  await expect(settingsDialog(page)).toBeVisible();
  return settingsDialog(page);
}

test('rubrics, logo and the subscribe call edited in settings reach the metadata panel and the page; a colleague’s change arrives without a reload', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(body(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
  // The library was given its outlet.json from the person's settings on first open.
  await expect(rubricSelect(page).getByRole('option', { name: 'Світ', exact: true })).toBeAttached();

  const dialog = await openSettings(page);
  await dialog.getByLabel('Назва видання').fill('Економічна правда');
  const newRubric = dialog.getByRole('textbox', { name: 'Нова рубрика' });
  await newRubric.fill('Оборона');
  await newRubric.press('Enter');
  await expect(rubricItems(page).last()).toContainText('Оборона');
  // Keyboard first: the rubric moved keeps the focus, and a removal hands it to the next rubric.
  const up = dialog.getByRole('button', { name: 'Вище: Оборона' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  await dialog.getByRole('button', { name: 'Вилучити: Світ' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Вилучити: Інтерв’ю' })).toBeFocused();
  await expect(rubricItems(page)).toHaveText([
    /Політика/,
    /Економіка/,
    /Фінанси/,
    /Енергетика/,
    /Суспільство/,
    /Оборона/,
    /Інтерв’ю/,
  ]);

  await dialog.getByLabel('Логотип').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png(60, 20, 7) });
  await expect(dialog.getByRole('img', { name: 'Логотип видання' })).toHaveAttribute('src', /^data:image\/png;base64,/);
  await dialog.getByLabel('Заклик підписатися (під статтею)').fill('Підписуйтесь на наш Telegram-канал');
  await dialog.getByLabel('Telegram-канал').fill('https://t.me/epravda');
  expect(await severeAxeViolations(page, ['.settings-dialog'])).toEqual([]);
  await dialog.getByRole('button', { name: 'Зберегти' }).click();
  await expect(dialog).toBeHidden();

  await expect(rubricSelect(page).getByRole('option', { name: 'Оборона' })).toBeAttached();
  await expect(rubricSelect(page).getByRole('option', { name: 'Світ', exact: true })).toHaveCount(0);
  const saved = JSON.parse(await readFile(outletFile(app), 'utf8'));
  expect(saved).toMatchObject({
    schemaVersion: 1,
    name: 'Економічна правда',
    social: { telegram: 'https://t.me/epravda' },
  });
  expect(saved.logo).toMatch(/^outlet\/logo\.[0-9a-f]{64}\.png$/);

  await page.getByText('Перегляд сторінки', { exact: true }).click();
  await expect(preview(page).locator('.subscribe')).toHaveText('Підписуйтесь на наш Telegram-канал');
  await expect(preview(page).locator('.subscribe a')).toHaveAttribute('href', 'https://t.me/epravda');
  await expect(preview(page).locator('.site-header img')).toHaveAttribute('src', /^data:image\/png;base64,/);

  // A colleague's save arrives by sync: the open window follows it, without a reload.
  await colleagueWrites(app, (profile) => {
    profile.rubrics = [...(profile.rubrics as string[]), 'Спорт'];
    profile.subscribeText = 'Читайте нас у Telegram щодня';
  });
  await expect(rubricSelect(page).getByRole('option', { name: 'Спорт' })).toBeAttached();
  await expect(preview(page).locator('.subscribe')).toHaveText('Читайте нас у Telegram щодня');
});

test('a colleague’s version saved while the dialog was open is shown instead, and nothing of theirs is lost', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(body(page)).toBeVisible();
  const dialog = await openSettings(page);
  await expect(rubricItems(page).first()).toContainText('Політика');
  await colleagueWrites(app, (profile) => {
    profile.rubrics = ['Культура', 'Спорт'];
  });
  const theirs = await readFile(outletFile(app));
  // The open window hears of it first: the metadata panel has their rubrics...
  await expect(rubricSelect(page).getByRole('option', { name: 'Культура' })).toBeAttached();

  // ...but the dialog's edit was based on the version it opened with: it is refused, and theirs is shown.
  await dialog.getByLabel('Назва видання').fill('Моя назва');
  await dialog.getByRole('button', { name: 'Зберегти' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Колега змінив профіль видання');
  await expect(rubricItems(page)).toHaveText([/Культура/, /Спорт/]);
  await expect(dialog.getByLabel('Назва видання')).toHaveValue('');
  expect((await readFile(outletFile(app))).equals(theirs)).toBe(true);

  // Saving again from their version goes through.
  await dialog.getByLabel('Назва видання').fill('Моя назва');
  await dialog.getByRole('button', { name: 'Зберегти' }).click();
  await expect(dialog).toBeHidden();
  expect(JSON.parse(await readFile(outletFile(app), 'utf8'))).toMatchObject({
    name: 'Моя назва',
    rubrics: ['Культура', 'Спорт'],
  });
});

test('a damaged outlet.json is reported in settings with its path and reason, and left byte for byte', async ({
  page,
  app,
}) => {
  const damaged = '{"schemaVersion": 1, "name": "Економічна правда", "rubrics": ["Обрізано';
  await writeFile(outletFile(app), damaged);
  await page.goto(app.url);
  await expect(body(page)).toBeVisible();

  const dialog = await openSettings(page);
  const problem = dialog.getByRole('alert');
  await expect(problem).toContainText(`Профіль видання не вдалося прочитати з файлу ${outletFile(app)}`);
  await expect(problem).toContainText('файл не є коректним JSON');
  await expect(dialog.getByLabel('Назва видання')).toBeDisabled();
  await expect(dialog.getByRole('textbox', { name: 'Нова рубрика' })).toBeDisabled();
  expect(await severeAxeViolations(page, ['.settings-dialog'])).toEqual([]);

  // The person's own settings still save; the profile file is not touched.
  await dialog.getByLabel('Ім’я та прізвище').fill('Олена Коваленко');
  await dialog.getByRole('button', { name: 'Зберегти' }).click();
  await expect(dialog).toBeHidden();
  expect(await readFile(outletFile(app), 'utf8')).toBe(damaged);
  // The defaults are used meanwhile.
  await expect(rubricSelect(page).getByRole('option', { name: 'Політика' })).toBeAttached();
});
