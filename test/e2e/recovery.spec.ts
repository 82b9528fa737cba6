import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { OTHER_VERSION_HEADLINE, typeIntoDiskConflict } from './disk-conflict';
import { holdRequests } from './held-requests';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');

async function sample(app: BrowserModeApp): Promise<{ id: string; dir: string; file: string }> {
  const [id] = await readdir(path.join(app.libraryPath, 'articles'));
  if (!id) throw new Error('no sample article');
  const dir = path.join(app.libraryPath, 'articles', id);
  return { id, dir, file: path.join(dir, 'article.json') };
}

async function open(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
}

test('a sync tool’s conflict copy is shown as a conflict of its article, compared and resolved', async ({
  page,
  app,
}) => {
  await open(page, app);
  const { dir, file } = await sample(app);
  const theirs = JSON.parse(await readFile(file, 'utf8'));
  theirs.headline = 'Заголовок з ноутбука Олени';
  const copyName = "article (Olena Kovalenko's conflicted copy 2025-12-19).json";
  await writeFile(path.join(dir, copyName), `${JSON.stringify(theirs, null, 2)}\n`);

  const banner = page.getByRole('alert', { name: 'Синхронізація залишила конфліктні копії цієї статті' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Конфліктна копія Dropbox (Olena Kovalenko, 2025-12-19)');
  // Never a phantom article: the library still holds one article, marked as in conflict.
  const list = page.getByRole('listbox', { name: 'Бібліотека' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByText('Конфлікт версій')).toBeVisible();

  await banner.getByRole('button', { name: 'Порівняти' }).click();
  const dialog = page.getByRole('dialog', { name: 'Порівняння версій' });
  await expect(dialog).toContainText('Заголовок з ноутбука Олени');
  await expect(dialog).toContainText('Абзаців змінено: 1');
  await dialog.getByRole('button', { name: 'Взяти цю копію' }).click();

  await expect(headline(page)).toHaveValue('Заголовок з ноутбука Олени');
  await expect(banner).toBeHidden();
  expect(JSON.parse(await readFile(file, 'utf8')).headline).toBe('Заголовок з ноутбука Олени');
  expect(await readdir(dir)).not.toContain(copyName);
  // The version that lost is kept in the article's history, not deleted.
  const kept = await page.evaluate(async (id) => {
    const response = await fetch('/api/versions.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id }),
    });
    return ((await response.json()) as { versions: Array<{ reason: string }> }).versions.map((v) => v.reason);
  }, path.basename(dir));
  expect(kept).toContain('conflict-mine');
});

test('a save that cannot reach the disk keeps the edits in a backup, says where, and they come back', async ({
  page,
  app,
  context,
}) => {
  await open(page, app);
  const { dir, file } = await sample(app);
  // The library folder goes away under the app (an unplugged drive): a file now stands where the folder was.
  const aside = `${dir}.aside`;
  await rename(dir, aside);
  await writeFile(dir, 'not a folder');

  // The first save goes once the whole sentence is typed, so its backup holds it: no retry is waited for.
  const saves = await holdRequests(page, '**/api/article.save');
  await body(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Текст, який не можна втратити.');
  saves.release();
  await expect(saveState(page)).toContainText('Не збережено');
  await expect(page.getByText('Файл цієї статті зник з бібліотеки')).toBeVisible();
  await expect(saveState(page)).toContainText('резервній копії');
  await expect(page.getByRole('button', { name: 'Зберегти ще раз' })).toBeVisible();
  const backups = path.join(app.userDataDir, 'backups');
  // The failed save kept the edits in a backup (each retry refreshes it with the latest ones).
  await expect
    .poll(async () => {
      const [name] = await readdir(backups);
      return name ? readFile(path.join(backups, name), 'utf8') : '';
    })
    .toContain('Текст, який не можна втратити.');

  // The window is closed before the library is back; nothing is lost.
  await page.close({ runBeforeUnload: false });
  await rm(dir);
  await rename(aside, dir);
  const again = await context.newPage();
  await open(again, app);
  const banner = again.getByRole('alert', { name: /Є незбережені зміни/ });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Відновити зміни' }).click();
  await expect(body(again)).toContainText('Текст, який не можна втратити.');
  await expect(saveState(again)).toHaveText(/Збережено о/);
  expect(await readFile(file, 'utf8')).toContain('Текст, який не можна втратити.');
  await expect.poll(async () => (await readdir(backups)).length).toBe(0);
});

test('an article changed on disk while edited can be compared before choosing', async ({ page, app }) => {
  await open(page, app);
  const { file } = await sample(app);
  await typeIntoDiskConflict(page, file, 'Моя правка. ');
  await page.getByRole('button', { name: 'Порівняти' }).click();
  const dialog = page.getByRole('dialog', { name: 'Порівняння версій' });
  await expect(dialog.getByRole('columnheader', { name: /Ваша версія/ })).toBeVisible();
  await expect(dialog).toContainText(OTHER_VERSION_HEADLINE);
  await expect(dialog).toContainText('Моя правка.');
  // Word by word: only the word the typing went into is marked as what the disk's version lacks, said so in words,
  // not the rest of its paragraph; the other version's headline is marked as what it adds.
  // (The typing lands where the click put the caret, maybe inside a word: that word is in the mark too.)
  await expect(dialog.locator('tbody del').filter({ hasText: 'Моя правка.' })).toHaveText(
    /^вилучено: \S*Моя правка\.\s*\S*\s*$/,
  );
  await expect(dialog.locator('tbody ins').filter({ hasText: OTHER_VERSION_HEADLINE })).toHaveText(
    `додано: ${OTHER_VERSION_HEADLINE}`,
  );
  await expect(dialog.getByRole('button', { name: /Показати ще \d+ незмінн/ }).first()).toBeVisible();
  expect(await severeAxeViolations(page, ['.compare-dialog'])).toEqual([]);
  await dialog.getByRole('button', { name: 'Відкрити версію з диска' }).click();
  await expect(headline(page)).toHaveValue(OTHER_VERSION_HEADLINE);
  await expect(body(page)).not.toContainText('Моя правка.');
});

test('an article caught half-written while it opens says so, and opens by itself once its file is whole again', async ({
  page,
  app,
}) => {
  const { file } = await sample(app);
  const whole = await readFile(file, 'utf8');
  // The page's request for the article is held until the file on disk is half-written (a sync tool mid-copy):
  // the real host then reads the broken file. Nothing is answered in its place.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  await page.route('**/api/article.get', async (route) => {
    requests += 1;
    if (requests === 1) await held;
    await route.continue();
  });
  await page.goto(app.url);
  await expect.poll(() => requests).toBe(1);
  await writeFile(file, whole.slice(0, Math.floor(whole.length / 2)));
  // The host has seen the broken file (the library lists it as damaged) before the held request reads it,
  // so that this change cannot count as the file becoming whole.
  await expect(page.getByRole('region', { name: 'Пошкоджені файли' })).toContainText('article.json');
  release();

  const failure = page.getByRole('alert').filter({ hasText: 'Не вдалося відкрити статтю' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Файл статті пошкоджено');
  await expect(headline(page)).toHaveCount(0);
  // «Спробувати ще раз» reads the file again; it is still broken, and the page says so again.
  await failure.getByRole('button', { name: 'Спробувати ще раз' }).click();
  await expect.poll(() => requests).toBe(2);
  await expect(failure).toContainText('Файл статті пошкоджено');

  // The sync tool finishes: the workspace tries again on the file's change, with no click.
  const finished = JSON.parse(whole);
  finished.headline = 'Заголовок, який дописала синхронізація';
  await writeFile(file, `${JSON.stringify(finished, null, 2)}\n`);
  await expect(headline(page)).toHaveValue('Заголовок, який дописала синхронізація');
  await expect(failure).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Пошкоджені файли' })).toHaveCount(0);
  expect(requests).toBe(3);
});
