import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { png } from '../fixtures/images';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { seedArticles } from './seed-articles';

const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Метадані статті' });
const slug = (page: Page) => panel(page).getByLabel('Адреса (slug)');
const tagBox = (page: Page) => panel(page).getByRole('combobox', { name: 'Теги' });
const chosenTags = (page: Page) => panel(page).getByRole('list', { name: 'Теги: вибрані' }).locator('.chip-name');
const saveState = (page: Page) => page.locator('.save-state');

async function onDisk(app: BrowserModeApp, headlineText: string): Promise<Record<string, unknown> | null> {
  const dir = path.join(app.libraryPath, 'articles');
  for (const id of await readdir(dir)) {
    try {
      const article = JSON.parse(await readFile(path.join(dir, id, 'article.json'), 'utf8'));
      if (article.headline === headlineText) return article;
    } catch {
      // A folder mid-save: the next poll reads it.
    }
  }
  return null;
}

test('a new article’s slug follows its headline, and its tags come from the library as it spells them', async ({
  page,
  app,
}) => {
  await seedArticles(app, [
    { id: 'a1', headline: 'Перша', paragraphs: ['Текст.'], tags: ['Київ', 'бюджет'] },
    { id: 'a2', headline: 'Друга', paragraphs: ['Текст.'], tags: ['Київ', 'м’ясо'] },
    { id: 'a3', headline: 'Третя', paragraphs: ['Текст.'], tags: ['Київщина'] },
  ]);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await page.keyboard.type('Кабмін ухвалив бюджет');
  await expect(slug(page)).toHaveValue('kabmin-ukhvalyv-biudzhet');
  await headline(page).press('End');
  await page.keyboard.type(' на 2027 рік');
  await expect(slug(page)).toHaveValue('kabmin-ukhvalyv-biudzhet-na-2027-rik');

  // Typed in lower case, the tag in use is offered with its count and taken by Enter.
  await tagBox(page).click();
  await page.keyboard.type('київ');
  const options = panel(page).getByRole('listbox', { name: 'Теги: варіанти' }).getByRole('option');
  await expect(options.first()).toHaveText(/^Київ\s*так написано в 2 статтях$/);
  await expect(options.nth(1)).toContainText('Київщина');
  expect(await severeAxeViolations(page, ['aside'])).toEqual([]);
  await page.keyboard.press('Enter');
  // An apostrophe typed the keyboard's way lands on the library's ’.
  await page.keyboard.type("м'ясо");
  await page.keyboard.press('Enter');
  await page.keyboard.type('новий тег,');
  await expect(chosenTags(page)).toHaveText(['Київ', 'м’ясо', 'новий тег']);
  await page.keyboard.press('Backspace');
  await expect(chosenTags(page)).toHaveText(['Київ', 'м’ясо']);

  // A slug edited by hand stays when the headline changes again.
  await slug(page).fill('biudzhet-2027');
  await headline(page).fill('Кабмін ухвалив бюджет-2027');
  await expect(slug(page)).toHaveValue('biudzhet-2027');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await expect
    .poll(async () => {
      const article = await onDisk(app, 'Кабмін ухвалив бюджет-2027');
      return article && { slug: article.slug, tags: article.tags };
    })
    .toEqual({ slug: 'biudzhet-2027', tags: ['Київ', 'м’ясо'] });
});

test('share texts show what goes out while empty, and a crop of the featured image changes the cards', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  const shownHeadline = await headline(page).inputValue();

  await panel(page).getByText('Пошук і соцмережі').click();
  const shareTitle = panel(page).getByLabel('Заголовок для соцмереж');
  await expect(shareTitle).toHaveAttribute('placeholder', shownHeadline);
  await expect(panel(page).locator('[data-field="shareTitle"]')).toContainText('Порожнє — піде заголовок');
  await expect(panel(page).locator('[data-field="shareTitle"] .share-counter')).toHaveText(
    `${[...shownHeadline].length} / 60 — задовго`,
  );
  await shareTitle.fill('Шпальта: чернетки офлайн');
  await expect(panel(page).locator('[data-field="shareTitle"] .share-counter')).toHaveText('24 / 60');
  // The search title still falls back to the headline; the X card now takes the social title.
  await expect(panel(page).getByLabel('Заголовок для пошуку')).toHaveAttribute('placeholder', shownHeadline);

  const chooser = page.waitForEvent('filechooser');
  await panel(page).getByRole('button', { name: 'Вибрати зображення…' }).click();
  await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png(1600, 1200, 3) });
  const cropBox = panel(page).getByRole('group', { name: 'Кадр: Facebook і Telegram' });
  await expect(cropBox).toBeVisible();
  await expect(panel(page).getByText('У кадрі 1600×840 пікселів')).toBeVisible();
  await panel(page).getByLabel('Опис для незрячих читачів (alt)').fill('Редакція за роботою');

  const cards = page.locator('details.share-cards');
  await cards.locator('summary').click();
  const facebookPicture = cards.getByRole('region', { name: 'Facebook: картка посилання' }).locator('[data-crop]');
  await expect(cards.getByRole('region', { name: 'Facebook: картка посилання' })).toContainText(
    'Шпальта: чернетки офлайн',
  );
  const centred = await facebookPicture.getAttribute('data-crop');
  const [x, y, width, height] = centred?.split(' ').map(Number) ?? [];
  expect([x, y, width, height].map((n) => Math.round((n ?? -1) * 1000) / 1000)).toEqual([0, 0.15, 1, 0.7]);

  // Zoomed in and moved to the top right by keyboard: the card shows that part at once.
  await cropBox.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowUp');
  await expect(facebookPicture).not.toHaveAttribute('data-crop', centred ?? '');
  const moved = (await facebookPicture.getAttribute('data-crop'))?.split(' ').map(Number) ?? [];
  expect(moved[0]! + moved[2]!).toBeCloseTo(1, 6);
  expect(moved[1]).toBe(0);
  expect(await severeAxeViolations(page, ['aside'])).toEqual([]);

  await expect(saveState(page)).toHaveText(/Збережено о/);
  await expect
    .poll(async () => {
      const article = (await onDisk(app, shownHeadline)) as { featuredImage?: { alt: string; crops: object } } | null;
      return article?.featuredImage && { alt: article.featuredImage.alt, wide: 'wide' in article.featuredImage.crops };
    })
    .toEqual({ alt: 'Редакція за роботою', wide: true });
});
