import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fixture } from '../../bench/fixtures';
import { newArticle as articleData } from '../../shared/domain/article';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const lead = (page: Page) => page.getByRole('textbox', { name: 'Лід' });
const bar = (page: Page) => page.getByRole('search', { name: 'Пошук у статті' });
const findField = (page: Page) => bar(page).getByRole('searchbox', { name: 'Знайти' });
const replaceField = (page: Page) => bar(page).getByRole('textbox', { name: 'Замінити на' });
const count = (page: Page) => bar(page).getByRole('status');
const saveState = (page: Page) => page.locator('.save-state');

async function newArticle(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
}

/** Headline, lead and body with the apostrophe written three ways and the case mixed. */
async function typeApostropheArticle(page: Page): Promise<void> {
  await headline(page).fill('П’ять МІСТ без світла');
  await lead(page).fill('Енергетики назвали пʼять міст, де відключення довші.');
  await body(page).click();
  await page.keyboard.insertText('Серед них п’ять обласних центрів. ');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('ПʼЯТЬ годин без світла — це п’ятниця для всіх.');
  await expect(saveState(page)).toHaveText(/Збережено о/);
}

test('Ctrl+F finds across headline, lead and body, apostrophes and case folded, keyboard only', async ({
  page,
  app,
}) => {
  await newArticle(page, app);
  await typeApostropheArticle(page);

  await page.keyboard.press('Control+f');
  await expect(findField(page)).toBeFocused();
  // A straight apostrophe in lower case finds ’ and ʼ, П’ять and ПʼЯТЬ alike.
  await page.keyboard.type("п'ять");
  await expect(count(page)).toHaveText('1 з 4');
  // Highlighted: in the headline's and lead's backdrops and in the body.
  await expect(page.locator('.headline-input-find .find-match')).toHaveCount(1);
  await expect(page.locator('.lead-input-find .find-match')).toHaveCount(1);
  await expect(body(page).locator('.find-match')).toHaveCount(2);
  await expect(page.locator('.headline-input-find .find-match-current')).toHaveText('П’ять');

  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('2 з 4');
  await expect(page.locator('.lead-input-find .find-match-current')).toHaveText('пʼять');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('3 з 4');
  await expect(body(page).locator('.find-match-current')).toHaveText('п’ять');
  await page.keyboard.press('F3');
  await expect(count(page)).toHaveText('4 з 4');
  await expect(body(page).locator('.find-match-current')).toHaveText('ПʼЯТЬ');
  await page.keyboard.press('Shift+Enter');
  await expect(count(page)).toHaveText('3 з 4');
  await page.keyboard.press('Shift+F3');
  await page.keyboard.press('Shift+F3');
  await expect(count(page)).toHaveText('1 з 4');
  await page.keyboard.press('Shift+F3');
  await expect(count(page)).toHaveText('4 з 4');

  expect(await severeAxeViolations(page, ['.find-bar'])).toEqual([]);

  // Escape closes the bar and leaves the current match selected in the body, ready to type over.
  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('ПʼЯТЬ');
});

test('the browser keeps its own Ctrl+F where no article is open', async ({ page, app }) => {
  // The host made the library with its sample article; without it the library is empty and nothing opens.
  const articles = path.join(app.libraryPath, 'articles');
  for (const id of await readdir(articles)) await rm(path.join(articles, id), { recursive: true });
  await page.goto(app.url);
  await expect(page.getByText('У бібліотеці ще немає статей.')).toBeVisible();
  await expect(headline(page)).toHaveCount(0);
  const prevented = await page.evaluate(() => {
    const event = new KeyboardEvent('keydown', {
      key: 'f',
      code: 'KeyF',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(prevented).toBe(false);
});

test('Ctrl+H replaces all across headline and body as one undo step', async ({ page, app }) => {
  await newArticle(page, app);
  await typeApostropheArticle(page);

  await page.keyboard.press('Control+h');
  await expect(findField(page)).toBeFocused();
  await page.keyboard.type('пʼять');
  await expect(count(page)).toHaveText('1 з 4');
  await page.keyboard.press('Tab');
  await expect(replaceField(page)).toBeFocused();
  await page.keyboard.type('шість');
  // Replace one: the current match (the headline's) only, and the count drops.
  await page.keyboard.press('Enter');
  await expect(headline(page)).toHaveValue('шість МІСТ без світла');
  await expect(count(page)).toHaveText('1 з 3');
  await page.keyboard.press('Control+Alt+Enter');
  await expect(count(page)).toHaveText('Немає збігів');
  await expect(lead(page)).toHaveValue('Енергетики назвали шість міст, де відключення довші.');
  await expect(body(page)).toContainText('Серед них шість обласних центрів.');
  await expect(body(page)).toContainText('шість годин без світла — це п’ятниця для всіх.');

  // One Ctrl+Z takes back the whole «Замінити все», fields and body together; the first replacement stays.
  await page.keyboard.press('Control+z');
  await expect(lead(page)).toHaveValue('Енергетики назвали пʼять міст, де відключення довші.');
  await expect(body(page)).toContainText('Серед них п’ять обласних центрів.');
  await expect(body(page)).toContainText('ПʼЯТЬ годин без світла — це п’ятниця для всіх.');
  await expect(headline(page)).toHaveValue('шість МІСТ без світла');
});

/**
 * How far (px) the current match stays clear of what hides it in the scrolling column: the column's edges, the
 * sticky toolbar at its top and the find bar at its foot. Negative when any of them covers some of it.
 */
function clearanceInColumn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const match = box('.find-match-current');
    const column = box('.editor-column');
    const toolbar = box('.editor-toolbar');
    const findBar = box('.find-bar');
    if (!match || !column || !toolbar || !findBar) return Number.NEGATIVE_INFINITY;
    const top = Math.max(column.top, toolbar.bottom);
    const bottom = Math.min(column.bottom, findBar.top);
    return Math.min(match.top - top, bottom - match.bottom);
  });
}

/** The 50,000-word article of the bench, written into the library before the page opens. */
async function seedLongArticle(app: BrowserModeApp) {
  const long = fixture(50_000);
  const article = articleData(long.id, '2025-12-01T09:00:00Z', { headline: long.headline, body: long.doc });
  const dir = path.join(app.libraryPath, 'articles', long.id);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'article.json'), `${JSON.stringify(article)}\n`);
  return long;
}

/** How many times `word` stands in the paragraphs, case folded. */
function timesIn(paragraphs: string[], word: string): number {
  return paragraphs.reduce((sum, p) => sum + p.toLowerCase().split(word).length - 1, 0);
}

test('on the 50,000-word article every match is counted, and the last one is drawn and shown', async ({
  page,
  app,
}) => {
  test.slow();
  const long = await seedLongArticle(app);
  // Written with ’ in the article, looked for with ' in capitals.
  const word = 'об’єкт';
  const expected = timesIn(long.paragraphs, word);
  expect(expected).toBeGreaterThan(20);

  await page.goto(app.url);
  await page.getByRole('option', { name: new RegExp(long.headline) }).click();
  await expect(body(page).locator(':scope > p')).toHaveCount(long.paragraphs.length, { timeout: 60_000 });
  // The block window has taken most of the body out of the page: the browser's own find could not see it.
  await expect
    .poll(() =>
      body(page).evaluate(
        (element) => [...element.children].filter((p) => getComputedStyle(p).display === 'none').length,
      ),
    )
    .toBeGreaterThan(long.paragraphs.length / 2);

  // The first-run welcome card stays above the column, which it makes shorter: the match is still shown in it.
  await expect(page.getByRole('region', { name: 'Вітаємо в Шпальті' })).toBeVisible();
  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  await page.keyboard.type("ОБ'ЄКТ");
  await expect(count(page)).toHaveText(`1 з ${expected}`);
  // Back from the first to the last: the block window draws its paragraph, scrolled into view.
  await page.keyboard.press('Shift+Enter');
  await expect(count(page)).toHaveText(`${expected} з ${expected}`);
  const current = body(page).locator('.find-match-current');
  await expect(current).toHaveText(/об’єкт/i);
  // Seen whole in the column: below its top and the toolbar stuck there, above the bar stuck at its foot.
  await expect.poll(() => clearanceInColumn(page)).toBeGreaterThanOrEqual(0);
  // Both stay stuck to the column while the article scrolls far under them.
  await expect(page.getByRole('toolbar', { name: 'Форматування тексту' })).toBeInViewport();
  await expect(bar(page)).toBeInViewport();
  const lastParagraph = long.paragraphs.findLastIndex((p) => p.toLowerCase().includes(word));
  await expect(body(page).locator(':scope > p').nth(lastParagraph).locator('.find-match-current')).toHaveCount(1);
});

test('on the 50,000-word article «Замінити все» replaces every match, drawn or not, and the file has them all', async ({
  page,
  app,
}) => {
  test.slow();
  const long = await seedLongArticle(app);
  const word = 'об’єкт';
  const expected = timesIn(long.paragraphs, word);
  expect(expected).toBeGreaterThan(20);
  const file = path.join(app.libraryPath, 'articles', long.id, 'article.json');

  await page.goto(app.url);
  await page.getByRole('option', { name: new RegExp(long.headline) }).click();
  await expect(body(page).locator(':scope > p')).toHaveCount(long.paragraphs.length, { timeout: 60_000 });
  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+h');
  await page.keyboard.type("ОБ'ЄКТ");
  await expect(count(page)).toHaveText(`1 з ${expected}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('предмет');
  await page.keyboard.press('Control+Alt+Enter');
  await expect(count(page)).toHaveText('Немає збігів');

  // The last paragraph with the word, far below the screen, has the replacement too; so has the file.
  const lastParagraph = long.paragraphs.findLastIndex((p) => p.toLowerCase().includes(word));
  await expect(body(page).locator(':scope > p').nth(lastParagraph)).toContainText(/предмет/i);
  await expect(saveState(page)).toHaveText(/Збережено о/, { timeout: 30_000 });
  const saved = JSON.parse(await readFile(file, 'utf8')) as { body: unknown };
  const text = JSON.stringify(saved.body).toLowerCase();
  expect(text.split(word).length - 1).toBe(0);
  expect(text.split('предмет').length - 1).toBe(expected);
});

/** An article whose name of a minister is written in the text, a quote's attribution and a figure's fields. */
async function seedAttributesArticle(app: BrowserModeApp): Promise<string> {
  const id = 'find-attributes';
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const doc = {
    type: 'doc' as const,
    content: [
      paragraph('Міністр Петренко відкрив сесію.'),
      {
        type: 'blockquote',
        attrs: { attribution: 'Олег Петренко, міністр' },
        content: [paragraph('Ми впораємось.')],
      },
      {
        type: 'figure',
        attrs: {
          src: `media/${'a'.repeat(64)}.png`,
          alt: 'Петренко на трибуні',
          caption: 'Міністр Петренко і депутати',
          credit: 'Анна Петренко',
        },
      },
      paragraph('Кінець сесії.'),
    ],
  };
  const article = articleData(id, '2025-12-01T09:00:00Z', { headline: 'Сесія', body: doc });
  const dir = path.join(app.libraryPath, 'articles', id);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'article.json'), `${JSON.stringify(article)}\n`);
  return 'Сесія';
}

const attribution = (page: Page) => body(page).getByRole('textbox', { name: 'Хто це сказав' });
const figureField = (page: Page, name: string) =>
  body(page).getByRole('figure', { name: 'Зображення' }).getByRole('textbox', { name });

/** Opens the article of `seedAttributesArticle` with the caret at the start of its text. */
async function openAttributesArticle(page: Page, app: BrowserModeApp): Promise<void> {
  const headlineText = await seedAttributesArticle(app);
  await page.goto(app.url);
  await page.getByRole('option', { name: new RegExp(headlineText) }).click();
  await expect(attribution(page)).toHaveValue('Олег Петренко, міністр');
  await body(page).getByText('Міністр Петренко відкрив').click();
  await page.keyboard.press('Control+Home');
}

test('find goes through a quote’s attribution and a figure’s alt, caption and credit, in reading order', async ({
  page,
  app,
}) => {
  await openAttributesArticle(page, app);

  await page.keyboard.press('Control+f');
  await page.keyboard.type('петренко');
  // The text's, the attribution's, then the figure's alt, caption and credit, as they are shown.
  await expect(count(page)).toHaveText('1 з 5');
  await expect(body(page).locator('.find-field .find-match')).toHaveCount(4);
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('2 з 5');
  const inField = (field: ReturnType<typeof attribution>) => field.locator('xpath=..').locator('.find-match-current');
  await expect(inField(attribution(page))).toHaveText('Петренко');
  await page.keyboard.press('Enter');
  await expect(inField(figureField(page, 'Опис для незрячих читачів (alt)'))).toHaveText('Петренко');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('4 з 5');
  await expect(inField(figureField(page, 'Підпис'))).toHaveText('Петренко');
  await expect(body(page).locator('.find-match-current')).toHaveCount(1);

  // Escape puts the caret in the caption, on the match, ready to type over.
  await page.keyboard.press('Escape');
  await expect(figureField(page, 'Підпис')).toBeFocused();
  await expect
    .poll(() =>
      figureField(page, 'Підпис').evaluate((input: HTMLInputElement) =>
        input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
      ),
    )
    .toBe('Петренко');
});

test('Ctrl+H replaces in the attributes too, one by one and all at once, each one undo step', async ({ page, app }) => {
  await openAttributesArticle(page, app);

  await page.keyboard.press('Control+h');
  await page.keyboard.type('петренко');
  await expect(count(page)).toHaveText('1 з 5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Петрук');
  // The text's match, then the attribution's.
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('1 з 4');
  await expect(body(page)).toContainText('Міністр Петрук відкрив сесію.');
  await page.keyboard.press('Enter');
  await expect(attribution(page)).toHaveValue('Олег Петрук, міністр');
  await expect(count(page)).toHaveText('1 з 3');

  await page.keyboard.press('Control+Alt+Enter');
  await expect(count(page)).toHaveText('Немає збігів');
  await expect(figureField(page, 'Опис для незрячих читачів (alt)')).toHaveValue('Петрук на трибуні');
  await expect(figureField(page, 'Підпис')).toHaveValue('Міністр Петрук і депутати');
  await expect(figureField(page, 'Автор фото')).toHaveValue('Анна Петрук');

  // One Ctrl+Z takes back the whole «Замінити все»; the replacements one by one stay.
  await body(page).getByText('Кінець сесії.').click();
  await page.keyboard.press('Control+z');
  await expect(figureField(page, 'Підпис')).toHaveValue('Міністр Петренко і депутати');
  await expect(figureField(page, 'Опис для незрячих читачів (alt)')).toHaveValue('Петренко на трибуні');
  await expect(figureField(page, 'Автор фото')).toHaveValue('Анна Петренко');
  await expect(attribution(page)).toHaveValue('Олег Петрук, міністр');
  await expect(saveState(page)).toHaveText(/Збережено о/);
});
