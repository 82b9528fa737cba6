import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { defaultOutletProfile } from '../../shared/outlet/outlet-profile';
import { docFromParagraphs } from '../../shared/domain/doc';
import { articleText } from '../fixtures/hostile-articles';
import { runGit, serverGitEnv } from '../fixtures/newsroom-repo';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { useNewsroomServer } from './newsroom-hooks';

const TOKEN = 'olena-token-7f3a9c';
const ARTICLE = { id: 'budget-2026', headline: 'Бюджет-2026 ухвалили в першому читанні' };

/** The server's accounts: a test may revoke a token here, as an admin would (the server reads it per request). */
const users = {
  olena: { token: TOKEN, role: 'journalist' as const },
  petro: { token: 'petro-token', role: 'editor' as const },
};
const newsroom = useNewsroomServer(users, () => ({
  'outlet.json': `${JSON.stringify({ ...defaultOutletProfile(), name: 'Економічна правда' }, null, 2)}\n`,
  [`articles/${ARTICLE.id}/article.json`]: articleText(
    ARTICLE.id,
    ARTICLE.headline,
    docFromParagraphs(['Верховна Рада підтримала проєкт бюджету.']).content ?? [],
  ),
}));

const joinDialog = (page: Page) => page.getByRole('dialog', { name: 'Приєднатися до редакції' });
const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Налаштування' });
const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const syncItem = (page: Page) => page.locator('.statusbar .newsroom-sync');
/** Where the join dialog puts the new library unless told otherwise: beside the first one. */
const newsroomFolder = (app: BrowserModeApp) => `${app.libraryPath}-редакція`;

/** A file as the server's repository has it at `<ref>:<path>`. */
const serverFile = (spec: string) =>
  runGit(['show', spec], { cwd: newsroom.server().repoDir, env: serverGitEnv(newsroom.root()) });

/** Opens «Приєднатися до редакції» from the welcome card and fills in the server, Olena's login and token. */
async function fillJoinForm(page: Page, app: BrowserModeApp) {
  await page.goto(app.url);
  await page
    .getByRole('region', { name: 'Вітаємо в Шпальті' })
    .getByRole('button', { name: 'Приєднатися до редакції' })
    .click();
  const dialog = joinDialog(page);
  await dialog.getByLabel('Адреса сервера редакції').fill(newsroom.server().url);
  await dialog.getByLabel('Логін').fill('olena');
  await dialog.getByLabel('Токен доступу').fill(TOKEN);
  return dialog;
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Налаштування' }).click();
  await expect(settingsDialog(page)).toBeVisible();
  return settingsDialog(page);
}

test('joining from the welcome card by keyboard: progress, then the newsroom’s article and «Синхронізовано»', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const welcome = page.getByRole('region', { name: 'Вітаємо в Шпальті' });
  await welcome.getByRole('button', { name: 'Приєднатися до редакції' }).focus();
  await page.keyboard.press('Enter');
  const dialog = joinDialog(page);
  await expect(dialog).toBeVisible();

  // Keyboard first: the address takes the focus, Tab goes field by field, Enter sends.
  await expect(dialog.getByLabel('Адреса сервера редакції')).toBeFocused();
  await page.keyboard.type(newsroom.server().url);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Логін')).toBeFocused();
  await page.keyboard.type('olena');
  await page.keyboard.press('Tab');
  const token = dialog.getByLabel('Токен доступу');
  await expect(token).toBeFocused();
  await expect(token).toHaveAttribute('type', 'password');
  await page.keyboard.type(TOKEN);
  await page.keyboard.press('Tab');
  const folder = dialog.getByLabel('Тека нової бібліотеки');
  await expect(folder).toBeFocused();
  await expect(folder).toHaveValue(newsroomFolder(app));
  // Said before joining: what is sent stays for good, and browser mode keeps the token in a plain file.
  await expect(dialog).toContainText('назавжди залишається в історії редакції');
  await expect(dialog).toContainText('У браузерному режимі токен зберігається у звичайному файлі');

  // Held at the server: the dialog says it is connecting, and Esc does not close it by accident.
  newsroom.server().faults.hold();
  await page.keyboard.press('Enter');
  const progress = dialog.getByRole('status');
  await expect(progress).toContainText('З’єднання із сервером редакції…');
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Скасувати' })).toBeDisabled();
  await newsroom.server().faults.waitForHeld(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  // Every text the progress shows from now on, to see the host's own steps afterwards.
  await progress.evaluate((region) => {
    const seen: string[] = [];
    (window as unknown as { joinProgress: string[] }).joinProgress = seen;
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  newsroom.server().faults.release();

  await expect(dialog).toBeHidden({ timeout: 30_000 });
  const shown = await page.evaluate(() => (window as unknown as { joinProgress: string[] }).joinProgress);
  expect(shown.some((text) => /Отримання матеріалів із сервера|Запис статей у бібліотеку: \d+ з \d+/.test(text))).toBe(
    true,
  );

  // The newsroom's library is the app's now: its article listed and open, the sample one gone with the old library.
  await expect(library(page).getByRole('option')).toHaveCount(1);
  await expect(library(page).getByRole('option', { name: new RegExp(ARTICLE.headline) })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue(ARTICLE.headline);
  await expect(syncItem(page)).toHaveText('Синхронізовано');
  // Joined: wherever the welcome still shows, it no longer offers to join.
  await expect(welcome.getByRole('button', { name: 'Приєднатися до редакції' })).toHaveCount(0);
  await expect(syncItem(page)).toHaveAttribute('aria-live', 'polite');
  await expect(syncItem(page).getByText('Синхронізовано')).toHaveAttribute('title', /^Синхронізовано: /);

  // On disk: the article in the new folder; the token in neither the settings nor the page.
  expect(await readdir(path.join(newsroomFolder(app), 'articles'))).toEqual([ARTICLE.id]);
  const settingsFile = await readFile(path.join(app.userDataDir, 'settings.json'), 'utf8');
  expect(settingsFile).toContain(JSON.stringify(newsroomFolder(app)).slice(1, -1));
  expect(settingsFile).not.toContain(TOKEN);
  expect(await page.content()).not.toContain(TOKEN);
});

test('a connection lost mid-join: the dialog says how big the newsroom is, tries again and joins', async ({
  page,
  app,
}) => {
  // Packed as a server's housekeeping leaves it: the estimate reads the packs' sizes.
  await runGit(['repack', '-a', '-d', '-q'], { cwd: newsroom.server().repoDir, env: serverGitEnv(newsroom.root()) });
  const dialog = await fillJoinForm(page, app);

  newsroom.server().faults.hold();
  await dialog.getByRole('button', { name: 'Приєднатися' }).click();
  const progress = dialog.getByRole('status');
  await newsroom.server().faults.waitForHeld(1);
  await progress.evaluate((region) => {
    const seen: string[] = [];
    (window as unknown as { joinProgress: string[] }).joinProgress = seen;
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  // The answer with the articles stops short, as when Wi-Fi drops.
  newsroom.server().faults.cutNextFetch({ afterBytes: 100 });
  newsroom.server().faults.release();

  await expect(dialog).toBeHidden({ timeout: 30_000 });
  const shown = await page.evaluate(() => (window as unknown as { joinProgress: string[] }).joinProgress);
  expect(shown.some((text) => /отримано [\d,]+ МБ із приблизно [\d,]+ МБ/.test(text))).toBe(true);
  expect(shown.some((text) => text.includes('З’єднання перервалося. Нова спроба 1 з 4…'))).toBe(true);
  expect(shown.some((text) => /отримано [\d,]+ МБ/.test(text))).toBe(true);
  await expect(library(page).getByRole('option', { name: new RegExp(ARTICLE.headline) })).toBeVisible();
  await expect(syncItem(page)).toHaveText('Синхронізовано');
});

test('a wrong token is said beside the token field, in Ukrainian, and leaves no folder behind', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const settings = await openSettings(page);
  const section = settings.getByRole('group', { name: 'Редакція', exact: true });
  await expect(section).toContainText('Зараз бібліотека — тека на цьому комп’ютері');
  const join = section.getByRole('button', { name: 'Приєднатися до редакції' });
  await join.focus();
  await page.keyboard.press('Enter');
  const dialog = joinDialog(page);
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Адреса сервера редакції').fill(newsroom.server().url);
  await dialog.getByLabel('Логін').fill('olena');
  const token = dialog.getByLabel('Токен доступу');
  await token.fill('not-the-token');
  await token.press('Enter');

  await expect(token).toHaveAccessibleDescription(
    /Сервер редакції не прийняв логін «olena» і токен\. Перевірте їх або попросіть новий токен\./,
  );
  await expect(token).toHaveAttribute('aria-invalid', 'true');
  await expect(token).toBeFocused();
  await expect(token).toHaveValue('');
  expect(existsSync(newsroomFolder(app))).toBe(false);
  expect(await severeAxeViolations(page, ['.join-newsroom-dialog'])).toEqual([]);

  // Cancelling goes back to the settings, to the button that opened the dialog; the library is as it was.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(settings).toBeVisible();
  await expect(join).toBeFocused();
  await expect(syncItem(page)).toHaveText('');
});

test('a linked library in the settings: its server, login and state; unlinking asks first and keeps the files', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  let settings = await openSettings(page);
  await settings.getByRole('button', { name: 'Приєднатися до редакції' }).click();
  const dialog = joinDialog(page);
  await dialog.getByLabel('Адреса сервера редакції').fill(newsroom.server().url);
  await dialog.getByLabel('Логін').fill('olena');
  await dialog.getByLabel('Токен доступу').fill(TOKEN);
  await dialog.getByRole('button', { name: 'Приєднатися' }).click();
  // Joined, both dialogs close: the settings would otherwise hold the old library's folder.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(settingsDialog(page)).toBeHidden();
  await expect(syncItem(page)).toHaveText('Синхронізовано');

  settings = await openSettings(page);
  await expect(settings.getByLabel('Тека бібліотеки')).toHaveValue(newsroomFolder(app));
  const section = settings.getByRole('group', { name: 'Редакція', exact: true });
  await expect(section).toContainText(newsroom.server().url);
  await expect(section).toContainText('olena');
  await expect(section).toContainText('Синхронізовано');
  await expect(section).toContainText('Токен доступу зберігається у звичайному файлі');
  // «Синхронізувати зараз» waits for the exchange, held at the server until it is let go.
  const syncNow = section.getByRole('button', { name: 'Синхронізувати зараз' });
  newsroom.server().faults.hold();
  await syncNow.click();
  await expect(syncNow).toBeDisabled();
  await expect(section).toContainText('Синхронізація…');
  newsroom.server().faults.release();
  await expect(syncNow).toBeEnabled();
  await expect(section).toContainText('Синхронізовано');

  await section.getByRole('button', { name: 'Від’єднати бібліотеку' }).click();
  const confirm = page.getByRole('dialog', { name: 'Від’єднати бібліотеку від редакції?' });
  await expect(confirm).toContainText(`Статті й інші файли залишаться в теці ${newsroomFolder(app)}`);
  await confirm.getByRole('button', { name: 'Від’єднати' }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByRole('button', { name: 'Приєднатися до редакції' })).toBeVisible();
  await expect(syncItem(page)).toHaveText('');
  expect(await readdir(path.join(newsroomFolder(app), 'articles'))).toEqual([ARTICLE.id]);
});

test('a revoked token: «Потрібен новий токен» opens «Редакція», where a new one sends what waited', async ({
  page,
  app,
}) => {
  const dialog = await fillJoinForm(page, app);
  await dialog.getByRole('button', { name: 'Приєднатися' }).click();
  await expect(syncItem(page)).toHaveText('Синхронізовано', { timeout: 30_000 });

  const renewed = 'olena-token-renewed';
  try {
    users.olena.token = renewed;
    const needed = syncItem(page).getByRole('button', { name: 'Потрібен новий токен' });
    await expect(needed).toBeVisible();
    // Written while the server refuses: it waits on this computer.
    const edited = 'Бюджет-2026 ухвалили в цілому';
    await page.getByRole('textbox', { name: 'Заголовок' }).fill(edited);
    await expect(page.locator('.statusbar .save-state')).toHaveText(/^Збережено о /);
    await needed.click();
    const settings = settingsDialog(page);
    const section = settings.getByRole('group', { name: 'Редакція', exact: true });
    await expect(section).toBeFocused();
    await expect(section).toContainText('Сервер більше не приймає ваш токен');

    // A token the server does not take either is said beside the field, which is emptied for another try.
    const field = section.getByLabel('Новий токен доступу');
    await field.fill('still-wrong');
    await field.press('Enter');
    await expect(field).toHaveAccessibleDescription(/Сервер редакції не прийняв логін «olena» і токен/);
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
    await expect(settings).toBeVisible();

    await field.fill(renewed);
    await field.press('Enter');
    await expect(section).toContainText('Синхронізовано');
    await expect(field).toBeHidden();
    await expect(section).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();
    await expect(syncItem(page)).toHaveText('Синхронізовано');
    // What waited went to the person's own place on the server.
    await expect
      .poll(() => serverFile(`refs/heads/j/olena:articles/${ARTICLE.id}/article.json`).catch(() => ''))
      .toContain(edited);
    const settingsFile = await readFile(path.join(app.userDataDir, 'settings.json'), 'utf8');
    expect(settingsFile).not.toContain(renewed);
  } finally {
    users.olena.token = TOKEN;
  }
});
