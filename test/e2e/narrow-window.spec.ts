import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newArticle } from '../../shared/domain/article';
import { docFromParagraphs } from '../../shared/domain/doc';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';

/**
 * Narrow windows: the side panels give way to the text, and the formatting toolbar keeps to one row.
 * Screenshots of each width go to /tmp/shots/ for a person to look at.
 */

const SHOTS = '/tmp/shots';
const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Форматування тексту' });
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Бібліотека' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Метадані статті' });
const libraryToggle = (page: Page) => page.getByRole('button', { name: 'Бібліотека', exact: true });
const panelToggle = (page: Page) => page.getByRole('button', { name: 'Метадані', exact: true });

/** The reference article's opening (test/fixtures/reference), the newest in the library, so it opens first. */
async function seedReference(app: BrowserModeApp): Promise<void> {
  const text = await readFile(path.resolve('test/fixtures/reference/seed-article-opening.txt'), 'utf8');
  const [headline = '', ...paragraphs] = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  const article = newArticle('e2e-reference', '2099-01-01T09:00:00Z', {
    headline,
    body: docFromParagraphs(paragraphs),
    updatedAt: '2099-01-01T09:00:00Z',
  });
  const dir = path.join(app.libraryPath, 'articles', article.id);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'article.json'), `${JSON.stringify(article, null, 2)}\n`);
}

async function openAt(page: Page, app: BrowserModeApp, width: number): Promise<void> {
  await seedReference(app);
  await page.setViewportSize({ width, height: 860 });
  await page.goto(app.url);
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue(/^Без НАТО/);
}

/** How many rows the toolbar's shown items take (items whose tops differ by more than half a button). */
const toolbarRows = (page: Page) =>
  toolbar(page).evaluate((element) => {
    const tops = [...element.querySelectorAll<HTMLElement>('[data-roving-id]')]
      .filter((item) => item.offsetParent !== null)
      .map((item) => item.getBoundingClientRect().top);
    const rows: number[] = [];
    for (const top of tops) if (!rows.some((row) => Math.abs(row - top) < 12)) rows.push(top);
    return rows.length;
  });

const textWidth = async (page: Page) => (await body(page).boundingBox())?.width ?? 0;

test('at 800, 1024 and 1440 px the text keeps a comfortable measure and the toolbar one row', async ({ page, app }) => {
  test.setTimeout(120_000);
  await mkdir(SHOTS, { recursive: true });
  await openAt(page, app, 800);
  for (const width of [800, 1024, 1440]) {
    await page.setViewportSize({ width, height: 860 });
    await expect.poll(() => textWidth(page)).toBeGreaterThanOrEqual(width === 800 ? 480 : 560);
    await expect.poll(() => toolbarRows(page)).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, `shpalta-${width}.png`) });
  }
  // Wide: both panels beside the text. Narrow: both give way, their toggles stay.
  await expect(sidebar(page)).toBeVisible();
  await expect(panel(page)).toBeVisible();
  await expect(libraryToggle(page)).toHaveAttribute('aria-expanded', 'true');
  await page.setViewportSize({ width: 800, height: 860 });
  await expect(sidebar(page)).toBeHidden();
  await expect(panel(page)).toBeHidden();
  await expect(libraryToggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(panelToggle(page)).toHaveAttribute('aria-expanded', 'false');
});

test('on a narrow window a panel opens over the text and Escape closes it; axe finds nothing serious', async ({
  page,
  app,
}) => {
  await openAt(page, app, 800);
  const before = await textWidth(page);

  await panelToggle(page).click();
  await expect(panel(page)).toBeVisible();
  await expect(panelToggle(page)).toHaveAttribute('aria-expanded', 'true');
  expect(await textWidth(page)).toBe(before);
  await page.getByRole('combobox', { name: 'Теги' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(panelToggle(page)).toBeFocused();

  // The library over the text: choosing an article opens it and gives the text its room back.
  await libraryToggle(page).click();
  await expect(sidebar(page)).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'shpalta-800-library-open.png') });
  expect(await severeAxeViolations(page)).toEqual([]);
  await sidebar(page)
    .getByRole('option', { name: /Редакція перейшла/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue(/^Редакція перейшла/);
  await expect(sidebar(page)).toBeHidden();
  expect(await severeAxeViolations(page)).toEqual([]);
});

test('a panel hidden on a wide window stays hidden after a reload; Ctrl+\\ and Ctrl+Shift+\\ toggle them', async ({
  page,
  app,
}) => {
  await openAt(page, app, 1440);
  const wide = await textWidth(page);
  await libraryToggle(page).click();
  await expect(sidebar(page)).toBeHidden();
  await expect(libraryToggle(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Control+Shift+Backslash');
  await expect(panel(page)).toBeHidden();
  expect(await textWidth(page)).toBeGreaterThanOrEqual(wide);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue(/^Без НАТО/);
  await expect(sidebar(page)).toBeHidden();
  await expect(panel(page)).toBeHidden();
  await body(page).click();
  await page.keyboard.press('Control+Backslash');
  await expect(sidebar(page)).toBeVisible();
  await page.keyboard.press('Control+Shift+Backslash');
  await expect(panel(page)).toBeVisible();
});

test('a toolbar too wide for the column keeps one row and puts the rest in «Більше», by keyboard too', async ({
  page,
  app,
}) => {
  await openAt(page, app, 560);
  await expect.poll(() => toolbarRows(page)).toBe(1);
  const more = toolbar(page).getByRole('button', { name: 'Більше', exact: true });
  await expect(more).toBeVisible();

  // Alt+F10 from the text, End to the last item (the menu), arrow down into it.
  await body(page).locator('p').first().click();
  await page.keyboard.press('Alt+F10');
  await page.keyboard.press('End');
  await expect(more).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Інші інструменти' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Повторити' })).toBeVisible();
  await expect(menu.getByRole('menuitem').or(menu.getByRole('menuitemcheckbox')).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();

  // Chosen from the menu, an item acts on the text as its button would.
  await body(page).locator('p').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Ж ');
  await expect(body(page).locator('p').first()).toHaveText(/^Ж У переговорах/);
  await more.click();
  await menu.getByRole('menuitem', { name: 'Скасувати' }).click();
  await expect(body(page).locator('p').first()).toHaveText(/^У переговорах/);
  expect(await severeAxeViolations(page, ['.editor-toolbar'])).toEqual([]);
});
