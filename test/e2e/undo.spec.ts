import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';

const NBSP = '\u00A0';
const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const lead = (page: Page) => page.getByRole('textbox', { name: 'Лід' });
const saveState = (page: Page) => page.locator('.save-state');
const panel = (page: Page) => page.getByRole('region', { name: 'Типографіка' });

interface SavedArticle {
  headline: string;
  lead: string;
  body: unknown;
}

/** The article.json of the one article whose headline starts with `start`. */
async function savedArticle(app: BrowserModeApp, start: string): Promise<SavedArticle> {
  const dir = path.join(app.libraryPath, 'articles');
  for (const id of await readdir(dir)) {
    const article = JSON.parse(await readFile(path.join(dir, id, 'article.json'), 'utf8')) as SavedArticle;
    if (article.headline.startsWith(start)) return article;
  }
  throw new Error(`no article «${start}…»`);
}

/** The text of a TipTap JSON body, paragraphs joined by newlines. */
function bodyText(node: unknown): string {
  const { text, content } = node as { text?: string; content?: unknown[] };
  if (text !== undefined) return text;
  return (content ?? []).map(bodyText).join(node && (node as { type?: string }).type === 'doc' ? '\n' : '');
}

async function newArticle(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
}

test('Ctrl+Z right after «Виправити типографіку» undoes exactly the fix, on screen and on disk', async ({
  page,
  app,
}) => {
  await newArticle(page, app);
  await headline(page).fill('Заява В.О.Зеленського');
  await lead(page).fill('Лід без змін');
  await body(page).click();
  const typed = 'Як заявив В.О.Зеленський, уряд виділив 1500000 на ремонт';
  await page.keyboard.type(typed);
  await expect(saveState(page)).toHaveText(/Збережено о/);

  await panel(page).getByRole('button', { name: 'Виправити типографіку' }).click();
  await expect(panel(page).getByRole('status')).toHaveText(/Виправлено місць: \d+\./);
  await expect(headline(page)).toHaveValue(`Заява В.${NBSP}О.${NBSP}Зеленського`);
  await expect(body(page)).toContainText(`1${NBSP}500${NBSP}000`);

  await page.keyboard.press('Control+z');
  await expect(body(page)).toHaveText(typed);
  await expect(headline(page)).toHaveValue('Заява В.О.Зеленського');
  await expect(lead(page)).toHaveValue('Лід без змін');
  await expect(panel(page).getByRole('button', { name: 'Виправити типографіку' })).toBeFocused();
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await expect
    .poll(async () => {
      const saved = await savedArticle(app, 'Заява');
      return { headline: saved.headline, lead: saved.lead, body: bodyText(saved.body) };
    })
    .toEqual({ headline: 'Заява В.О.Зеленського', lead: 'Лід без змін', body: typed });
});

test('Ctrl+Z after a click on a blank spot changes nothing', async ({ page, app }) => {
  await newArticle(page, app);
  await headline(page).fill('Порожнє місце');
  await body(page).click();
  await page.keyboard.type('Перше речення. Друге речення.');
  await expect(saveState(page)).toHaveText(/Збережено о/);

  await page.getByRole('heading', { name: 'Типографіка' }).click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  // Keys are handled in order: once this one is typed, both Ctrl+Z and Ctrl+Shift+Z have been.
  await headline(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await expect(headline(page)).toHaveValue('Порожнє місце!');
  await expect(body(page)).toHaveText('Перше речення. Друге речення.');
});

test('the headline keeps its own undo after typing in the body', async ({ page, app }) => {
  await newArticle(page, app);
  await headline(page).click();
  await page.keyboard.type('Заголовок');
  await body(page).click();
  await page.keyboard.type('Текст статті');
  await headline(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+z');
  await expect(headline(page)).toHaveValue('');
  await expect(headline(page)).toBeFocused();
  await expect(body(page)).toHaveText('Текст статті');
});

test('Ctrl+Z in a field of the panel undoes that field only, never the headline typed before', async ({
  page,
  app,
}) => {
  await newArticle(page, app);
  await headline(page).click();
  await page.keyboard.type('Заголовок статті');
  const tags = page.getByRole('combobox', { name: 'Теги', exact: true });
  await tags.click();
  // Nothing typed here yet: the page's native undo would take the headline's last word.
  await page.keyboard.press('Control+z');
  await expect(headline(page)).toHaveValue('Заголовок статті');
  await page.keyboard.type('економіка');
  await page.keyboard.press('Control+z');
  await expect(tags).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(headline(page)).toHaveValue('Заголовок статті');
  await page.keyboard.press('Control+Shift+z');
  await expect(tags).toHaveValue('економіка');
});
