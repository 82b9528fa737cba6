import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';

const SAMPLE_HEADLINE = /Редакція перейшла на «Шпальту»/;
const HEADLINE = 'Гарантії безпеки для України';
/** A real 2×2 PNG, so the browser has something to decode: a broken image has no natural width. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4YKAARAwQCgAgTgRBMKjBzgAAAABJRU5ErkJggg==',
  'base64',
);
const ALT = 'Учасники переговорів за столом';
const EMBED_URL = 'https://t.me/ukrpravda_news/123456';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');
const slashMenu = (page: Page) => page.getByRole('listbox', { name: 'Вставити блок' });

/** The article.json of the one article whose headline is `headline`. */
async function articleJson(app: BrowserModeApp, wanted: string): Promise<{ id: string; body: unknown }> {
  const dir = path.join(app.libraryPath, 'articles');
  for (const id of await readdir(dir)) {
    const article = JSON.parse(await readFile(path.join(dir, id, 'article.json'), 'utf8'));
    if (article.headline === wanted) return article;
  }
  throw new Error(`no article «${wanted}»`);
}

/** Puts the caret on the empty line at the end of the body (StarterKit keeps one after any block). */
async function toEnd(page: Page): Promise<void> {
  await body(page).focus();
  await page.keyboard.press('ControlOrMeta+End');
}

/** Types `/query` on an empty line and picks the first item of the slash menu with Enter. */
async function slash(page: Page, query: string, expectedFirst: string): Promise<void> {
  await page.keyboard.type(`/${query}`);
  await expect(slashMenu(page)).toBeVisible();
  await expect(slashMenu(page).getByRole('option').first()).toHaveText(expectedFirst);
  await expect(slashMenu(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(slashMenu(page)).toBeHidden();
}

async function imageLoaded(image: Locator): Promise<boolean> {
  return image.evaluate(
    (element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0,
  );
}

async function expectAllBlocks(page: Page): Promise<void> {
  await expect(body(page).locator('p.recap')).toHaveText('офіційна реакція Москви поки стримана.');
  await expect(body(page).locator('p.recap')).toHaveAttribute('data-label', 'Нагадаємо,');
  await expect(body(page).locator('hr')).toHaveCount(1);
  const card = page.getByRole('group', { name: 'Вбудований допис: Telegram' });
  await expect(card).toContainText(EMBED_URL);
  const image = body(page).getByRole('img', { name: ALT });
  await expect(image).toBeVisible();
  await expect.poll(() => imageLoaded(image)).toBe(true);
  await expect(body(page).getByLabel('Підпис')).toHaveValue('Переговори на Алясці');
  await expect(body(page).getByLabel('Автор фото')).toHaveValue('Олена Петренко');
  await expect(page.getByRole('complementary', { name: 'Читайте також' })).toContainText(SAMPLE_HEADLINE);
}

test('the slash menu, an embed, a figure and «Читайте також» are inserted, saved and kept after a reload', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('option', { name: SAMPLE_HEADLINE })).toBeVisible();
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await headline(page).fill(HEADLINE);
  await body(page).click();
  await page.keyboard.type('Перший абзац.');
  await page.keyboard.press('Enter');

  // «/наг» → a recap; its label is the block's, not the text's.
  await slash(page, 'наг', 'Нагадаємо');
  await page.keyboard.type('офіційна реакція Москви поки стримана.');
  await page.keyboard.press('Enter');

  // «/розд» → a divider; «---» typed does the same.
  await slash(page, 'розд', 'Розділювач');
  await expect(body(page).locator('hr')).toHaveCount(1);

  // An embed from its URL: a card, nothing loaded from Telegram.
  await toEnd(page);
  await slash(page, 'вбуд', 'Вбудувати допис (Telegram, YouTube, X, Facebook)');
  const embedDialog = page.getByRole('dialog', { name: 'Вбудувати допис' });
  await embedDialog.getByLabel('Посилання на допис').fill('https://www.instagram.com/p/abc/');
  await embedDialog.getByRole('button', { name: 'Вставити' }).click();
  await expect(embedDialog.getByText('Вбудувати можна лише дописи з Telegram')).toBeVisible();
  await embedDialog.getByLabel('Посилання на допис').fill(`${EMBED_URL}?single`);
  await expect(embedDialog.getByText('Розпізнано: Telegram.')).toBeVisible();
  await embedDialog.getByRole('button', { name: 'Вставити' }).click();
  await expect(embedDialog).toBeHidden();
  await expect(page.getByRole('group', { name: 'Вбудований допис: Telegram' })).toContainText(EMBED_URL);
  await expect(body(page).locator('iframe, script')).toHaveCount(0);

  // A figure from a chosen file; the dialog asks for the alt text before it inserts.
  await toEnd(page);
  await slash(page, 'зобр', 'Зображення');
  const imageDialog = page.getByRole('dialog', { name: 'Додати зображення' });
  await imageDialog
    .getByLabel('Файл зображення')
    .setInputFiles({ name: 'переговори.png', mimeType: 'image/png', buffer: PNG });
  await expect(imageDialog.getByText('«переговори.png», 2 × 2 пікселів.', { exact: false })).toBeVisible();
  await imageDialog.getByRole('button', { name: 'Вставити' }).click();
  await expect(imageDialog.getByText('Додайте опис зображення')).toBeVisible();
  await imageDialog.getByLabel('Опис для незрячих читачів (alt)').fill(ALT);
  await imageDialog.getByLabel('Підпис').fill('Переговори на Алясці');
  await imageDialog.getByLabel('Автор фото').fill('Олена Петренко');
  await imageDialog.getByRole('button', { name: 'Вставити' }).click();
  await expect(imageDialog).toBeHidden();
  const image = body(page).getByRole('img', { name: ALT });
  await expect(image).toBeVisible();
  await expect.poll(() => imageLoaded(image)).toBe(true);

  // «Читайте також»: the sample article, found by a word of its headline, picked from the keyboard.
  await toEnd(page);
  await slash(page, 'читайте', 'Читайте також');
  const picker = page.getByRole('dialog', { name: 'Читайте також: оберіть статті' });
  await picker.getByRole('combobox').fill('Шпальт');
  await expect(picker.getByRole('option', { name: SAMPLE_HEADLINE })).toBeVisible();
  await expect(picker.getByRole('option', { name: new RegExp(HEADLINE) })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await picker.getByRole('button', { name: 'Вставити' }).press('Enter');
  await expect(picker).toBeHidden();

  await expectAllBlocks(page);
  await expect(saveState(page)).toHaveText(/Збережено о \d{2}:\d{2}/);

  // Autosave runs after a pause: wait until the file holds every block.
  const savedBlocks = async () => {
    const article = await articleJson(app, HEADLINE).catch(() => null);
    return (article?.body as { content?: { type: string }[] } | undefined)?.content?.map((block) => block.type) ?? [];
  };
  await expect
    .poll(savedBlocks, { timeout: 10_000 })
    .toEqual(expect.arrayContaining(['recap', 'horizontalRule', 'embed', 'figure', 'readAlso']));
  const saved = await articleJson(app, HEADLINE);
  const blocks = (saved.body as { content: { type: string; attrs?: Record<string, unknown> }[] }).content;
  const figure = blocks.find((block) => block.type === 'figure');
  expect(figure?.attrs).toMatchObject({ alt: ALT, caption: 'Переговори на Алясці', credit: 'Олена Петренко' });
  const src = String(figure?.attrs?.src);
  expect(src).toMatch(/^media\/[0-9a-f]{64}\.png$/);
  // The image is a file of the article's own media folder.
  expect((await readFile(path.join(app.libraryPath, 'articles', saved.id, src))).equals(PNG)).toBe(true);
  expect(blocks.find((block) => block.type === 'embed')?.attrs).toEqual({
    provider: 'telegram',
    url: EMBED_URL,
    id: 'ukrpravda_news/123456',
  });

  await page.reload();
  await page.getByRole('option', { name: HEADLINE }).click();
  await expect(headline(page)).toHaveValue(HEADLINE);
  await expectAllBlocks(page);
});

test('article images are served only to a signed-in browser and only from the media folder', async ({
  page,
  app,
  playwright,
}) => {
  const [id] = await readdir(path.join(app.libraryPath, 'articles'));
  const media = `${app.origin}/media/${id}/${'0'.repeat(64)}.png`;
  const stranger = await playwright.request.newContext();
  expect((await stranger.get(media)).status()).toBe(401);
  await stranger.dispose();
  await page.goto(app.url);
  await expect(page.getByRole('option', { name: SAMPLE_HEADLINE })).toBeVisible();
  // page.request carries the page's cookies: signed in, the name decides.
  expect((await page.request.get(media)).status()).toBe(404);
  const json = await page.request.get(`${app.origin}/media/${id}/article.json`);
  expect(json.status()).toBe(404);
});

test('«---» typed on an empty line is a divider too', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  // The new article's own empty body, not the sample's still on screen.
  await expect(headline(page)).toHaveValue('');
  await body(page).click();
  await page.keyboard.type('---');
  await expect(body(page).locator('hr')).toHaveCount(1);
});
