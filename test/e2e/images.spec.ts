import { createHash } from 'node:crypto';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { png } from '../fixtures/images';

const SAMPLE_HEADLINE = /Редакція перейшла на «Шпальту»/;
const HEADLINE = 'Фото з місця події';
const ALT = 'Рятувальники біля зруйнованого будинку';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const imageDialog = (page: Page) => page.getByRole('dialog', { name: 'Додати зображення' });
const fileInput = (page: Page) => imageDialog(page).getByLabel('Файл зображення');
const insertButton = (page: Page) => imageDialog(page).getByRole('button', { name: 'Вставити' });

/** The id of the one article whose headline is `wanted`, once its file says so. */
async function articleId(app: BrowserModeApp, wanted: string): Promise<string> {
  let found = '';
  await expect
    .poll(async () => {
      const dir = path.join(app.libraryPath, 'articles');
      for (const id of await readdir(dir)) {
        const article = JSON.parse(await readFile(path.join(dir, id, 'article.json'), 'utf8'));
        if (article.headline === wanted) found = id;
      }
      return found;
    })
    .not.toBe('');
  return found;
}

/** The names in an article's media folder; none when there is no folder. */
async function mediaFiles(app: BrowserModeApp, id: string): Promise<string[]> {
  return (await readdir(path.join(app.libraryPath, 'articles', id, 'media')).catch(() => [])).sort();
}

/** A new article with a headline, saved, and the image dialog open on its body. */
async function newArticleWithDialog(page: Page, app: BrowserModeApp): Promise<string> {
  await page.goto(app.url);
  await expect(page.getByRole('option', { name: SAMPLE_HEADLINE })).toBeVisible();
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await headline(page).fill(HEADLINE);
  const id = await articleId(app, HEADLINE);
  await body(page).click();
  await page.keyboard.type('/зобр');
  await page.keyboard.press('Enter');
  await expect(imageDialog(page)).toBeVisible();
  return id;
}

test('a text file named fake.png is refused in words, by the page and by the service, and nothing is stored', async ({
  page,
  app,
}) => {
  const id = await newArticleWithDialog(page, app);
  const text = Buffer.from('Це не фото, а текстовий файл.\n');
  await fileInput(page).setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: text });
  await expect(imageDialog(page).getByRole('alert')).toHaveText(
    'Файл «fake.png» — це не зображення. Підходять JPG, PNG, GIF, WebP і AVIF.',
  );
  await expect(insertButton(page)).toBeDisabled();

  // The service is the authority: the same bytes sent past the page are refused with the same reason.
  const response = await page.request.post(`${app.origin}/api/media.import`, {
    data: { articleId: id, fileName: 'fake.png', base64: text.toString('base64') },
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({
    code: 'invalid-argument',
    key: 'error.media.notImage',
    params: { name: 'fake.png' },
  });
  expect(await mediaFiles(app, id)).toEqual([]);
});

test('a chosen image is only previewed: cancelled or replaced, it leaves nothing in media/', async ({ page, app }) => {
  const id = await newArticleWithDialog(page, app);
  await fileInput(page).setInputFiles({ name: 'перше.png', mimeType: 'image/png', buffer: png(4, 3, 1) });
  await expect(insertButton(page)).toBeEnabled();
  await expect(imageDialog(page).locator('img')).toHaveJSProperty('naturalWidth', 4);
  // Replaced by another choice, then cancelled.
  await fileInput(page).setInputFiles({ name: 'друге.png', mimeType: 'image/png', buffer: png(5, 2, 2) });
  await expect(imageDialog(page).getByText('«друге.png», 5 × 2 пікселів')).toBeVisible();
  await imageDialog(page).getByRole('button', { name: 'Скасувати' }).click();
  await expect(imageDialog(page)).toBeHidden();
  expect(await mediaFiles(app, id)).toEqual([]);

  // Inserted, the last choice alone is stored.
  await page.keyboard.type('/зобр');
  await page.keyboard.press('Enter');
  await fileInput(page).setInputFiles({ name: 'перше.png', mimeType: 'image/png', buffer: png(4, 3, 1) });
  const third = png(6, 6, 3);
  await fileInput(page).setInputFiles({ name: 'третє.png', mimeType: 'image/png', buffer: third });
  await expect(imageDialog(page).getByText('«третє.png», 6 × 6 пікселів')).toBeVisible();
  await imageDialog(page).getByLabel('Опис для незрячих читачів (alt)').fill(ALT);
  await insertButton(page).click();
  await expect(imageDialog(page)).toBeHidden();
  await expect(body(page).getByRole('img', { name: ALT })).toBeVisible();
  const stored = `${createHash('sha256').update(third).digest('hex')}.png`;
  expect(await mediaFiles(app, id)).toEqual([stored]);
});

test('an old media file no article refers to is swept aside at startup; a referenced one stays', async ({
  page,
  app,
}) => {
  const id = await newArticleWithDialog(page, app);
  const picture = png(6, 6, 7);
  await fileInput(page).setInputFiles({ name: 'фото.png', mimeType: 'image/png', buffer: picture });
  await imageDialog(page).getByLabel('Опис для незрячих читачів (alt)').fill(ALT);
  await insertButton(page).click();
  await expect(body(page).getByRole('img', { name: ALT })).toBeVisible();
  const kept = `${createHash('sha256').update(picture).digest('hex')}.png`;
  const articleFile = path.join(app.libraryPath, 'articles', id, 'article.json');
  await expect.poll(async () => (await readFile(articleFile, 'utf8')).includes(kept)).toBe(true);

  // An image chosen long ago and taken out again: nothing refers to it any more.
  const orphan = png(8, 8, 9);
  const orphanName = `${createHash('sha256').update(orphan).digest('hex')}.png`;
  const mediaDir = path.join(app.libraryPath, 'articles', id, 'media');
  await writeFile(path.join(mediaDir, orphanName), orphan);
  const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000);
  for (const name of [kept, orphanName]) await utimes(path.join(mediaDir, name), monthAgo, monthAgo);

  await app.stopHost();
  await app.startHost();
  const swept = path.join(app.libraryPath, '.shpalta', 'swept-media', id);
  await expect.poll(() => readdir(swept).catch(() => []), { timeout: 20_000 }).toEqual([orphanName]);
  expect(await mediaFiles(app, id)).toEqual([kept]);
  expect((await readFile(path.join(swept, orphanName))).equals(orphan)).toBe(true);
});
