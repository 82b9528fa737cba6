import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';
import { holdRequests } from './held-requests';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');
const counts = (page: Page) => page.locator('.statusbar .counts');

test('a failed save is told in a banner above the text; the status bar keeps one line and its counters', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  const [id] = await readdir(path.join(app.libraryPath, 'articles'));
  const dir = path.join(app.libraryPath, 'articles', id ?? '');
  const barHeight = (await page.locator('.statusbar').boundingBox())?.height ?? 0;
  const countsHeight = (await counts(page).boundingBox())?.height ?? 0;

  // The article's folder goes away under the app (an unplugged drive): the save fails, its edits go to a backup.
  await rename(dir, `${dir}.aside`);
  await writeFile(dir, 'not a folder');
  const saves = await holdRequests(page, '**/api/article.save');
  await body(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Слово.');
  saves.release();

  const banner = page.getByRole('region', { name: 'Редактор' }).getByRole('alert', { name: 'Статтю не збережено' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Ваші зміни збережено в резервній копії');
  await expect(banner).toContainText(path.join(app.userDataDir, 'backups'));
  // Above the text, not below it.
  const bannerBox = await banner.boundingBox();
  const headlineBox = await headline(page).boundingBox();
  expect((bannerBox?.y ?? 0) + (bannerBox?.height ?? 0)).toBeLessThanOrEqual(headlineBox?.y ?? 0);

  // The status bar says it in one short line and the counters keep their room.
  await expect(saveState(page)).toHaveAttribute('data-state', 'error');
  await expect(saveState(page)).toContainText('Не збережено');
  const stateBox = await saveState(page).boundingBox();
  expect(stateBox?.height ?? 0).toBeLessThanOrEqual(barHeight);
  expect((await page.locator('.statusbar').boundingBox())?.height).toBe(barHeight);
  expect((await counts(page).boundingBox())?.height).toBe(countsHeight);
  await expect(counts(page).locator('span').first()).toHaveText(/^\d+ (слово|слова|слів)$/);

  // The drive is back: saving again from the banner writes the article and the banner goes.
  await rm(dir);
  await rename(`${dir}.aside`, dir);
  await banner.getByRole('button', { name: 'Зберегти ще раз' }).click();
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await expect(banner).toBeHidden();
});
