import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newArticle, type ArticleInput } from '../../shared/domain/article';
import { docFromParagraphs } from '../../shared/domain/doc';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';

/** Three articles beside the sample one, written as another machine's sync would leave them. */
const SEEDED: Array<{ id: string; paragraphs: string[] } & Partial<ArticleInput>> = [
  {
    id: 'e2e-energy',
    headline: 'Партнери обговорили енергетику',
    paragraphs: ['Головна тема зустрічі — безпека енергетичних об’єктів узимку.'],
    rubric: 'Політика',
    updatedAt: '2025-12-19T18:44:00Z',
  },
  {
    id: 'e2e-credit',
    headline: 'Уряд отримав новий кредит',
    paragraphs: ['Кредит надано під гарантіями міжнародних банків.'],
    rubric: 'Економіка',
    status: 'published',
    updatedAt: '2025-12-18T10:00:00Z',
  },
  {
    id: 'e2e-weather',
    headline: 'Синоптики обіцяють сніг',
    paragraphs: ['У Києві похолодає до мінус десяти.'],
    status: 'in-review',
    updatedAt: '2025-12-17T10:00:00Z',
  },
];

async function seed(app: BrowserModeApp): Promise<void> {
  for (const { id, paragraphs, ...fields } of SEEDED) {
    const article = newArticle(id, '2025-12-01T09:00:00Z', { ...fields, body: docFromParagraphs(paragraphs) });
    const dir = path.join(app.libraryPath, 'articles', id);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'article.json'), `${JSON.stringify(article, null, 2)}\n`);
  }
}

async function openLibrary(page: Page, app: BrowserModeApp): Promise<void> {
  await seed(app);
  await page.goto(app.url);
  await expect(options(page)).toHaveCount(4);
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const options = (page: Page) => library(page).getByRole('option');
const option = (page: Page, name: string | RegExp) => library(page).getByRole('option', { name });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Пошук у бібліотеці' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const resultCount = (page: Page) => page.locator('.result-count');
const filters = (page: Page) => page.getByRole('group', { name: 'Фільтри бібліотеки' });

test('search finds other forms of a word and an unfinished last word, as you type', async ({ page, app }) => {
  await openLibrary(page, app);
  await search(page).fill('безпеки');
  await expect(options(page)).toHaveCount(1);
  await expect(option(page, 'Партнери обговорили енергетику')).toBeVisible();
  await expect(resultCount(page)).toHaveText('Знайдено 1 статтю');
  await expect(option(page, 'Партнери обговорили енергетику').locator('mark')).toHaveText(['безпека']);

  await search(page).fill('гаранті');
  await expect(options(page)).toHaveCount(1);
  await expect(option(page, 'Уряд отримав новий кредит').locator('mark')).toHaveText(['гарантіями']);

  await search(page).fill('мамонт');
  await expect(page.getByText('Нічого не знайдено за запитом «мамонт».')).toBeVisible();
  await expect(resultCount(page)).toHaveText('Знайдено 0 статей');

  await search(page).press('Escape');
  await expect(search(page)).toHaveValue('');
  await expect(options(page)).toHaveCount(4);
  await expect(resultCount(page)).toHaveText('');
});

test('the keyboard: Ctrl+K and «/» reach the search, ArrowDown the results', async ({ page, app }) => {
  await openLibrary(page, app);
  // The article is in review: only an editor may type into its headline (a journalist's copy is read-only).
  const role = await page.evaluate(async () => {
    const response = await fetch('/api/settings.update', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { role: 'editor' } }),
    });
    return response.status;
  });
  expect(role).toBe(200);
  await page.reload();
  await option(page, 'Синоптики обіцяють сніг').click();
  await page.keyboard.press('Control+KeyK');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('сніг');
  await expect(options(page)).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(option(page, 'Синоптики обіцяють сніг')).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('/');
  await expect(search(page)).toBeFocused();
  await expect(search(page)).toHaveValue('сніг');
  // In the headline field «/» is only a character.
  await headline(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type('/');
  await expect(headline(page)).toHaveValue('Синоптики обіцяють сніг/');
});

test('a status filter narrows the list and shows as a removable chip', async ({ page, app }) => {
  await openLibrary(page, app);
  await page.getByRole('button', { name: 'Фільтри' }).click();
  await page.getByRole('group', { name: 'Статус' }).getByRole('button', { name: 'Опубліковано' }).click();
  await expect(options(page)).toHaveCount(1);
  await expect(option(page, 'Уряд отримав новий кредит')).toBeVisible();
  await expect(resultCount(page)).toHaveText('Знайдено 1 статтю');
  await expect(page.getByRole('button', { name: 'Фільтри (1)' })).toBeVisible();

  await filters(page).getByRole('combobox', { name: 'Рубрика' }).selectOption('Політика');
  await expect(page.getByText('Жодна стаття не відповідає фільтрам.')).toBeVisible();
  await page.locator('.no-results').getByRole('button', { name: 'Скинути фільтри' }).click();
  await expect(options(page)).toHaveCount(4);

  await filters(page).getByRole('combobox', { name: 'Рубрика' }).selectOption('Економіка');
  await expect(options(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Прибрати фільтр: Рубрика: Економіка' }).click();
  await expect(options(page)).toHaveCount(4);
});

test('«Дублювати» makes a copy «… (копія)» and opens it', async ({ page, app }) => {
  await openLibrary(page, app);
  await option(page, 'Синоптики обіцяють сніг').click();
  await expect(headline(page)).toHaveValue('Синоптики обіцяють сніг');
  await page.getByRole('button', { name: 'Дії зі статтею' }).click();
  await page.getByRole('menuitem', { name: /Дублювати/ }).click();
  await expect(option(page, 'Синоптики обіцяють сніг (копія)')).toHaveAttribute('aria-selected', 'true');
  await expect(headline(page)).toHaveValue('Синоптики обіцяють сніг (копія)');
  await expect(options(page)).toHaveCount(5);
  expect(await readdir(path.join(app.libraryPath, 'articles'))).toHaveLength(5);

  // Ctrl+D on the list does the same, and the browser's own Ctrl+D (a bookmark) does not happen.
  await option(page, 'Синоптики обіцяють сніг (копія)').press('Control+KeyD');
  await expect(option(page, 'Синоптики обіцяють сніг (копія) (копія)')).toHaveAttribute('aria-selected', 'true');
  await expect(option(page, 'Синоптики обіцяють сніг (копія) (копія)')).toBeFocused();
  await expect(options(page)).toHaveCount(6);
});

test('Delete moves an article to the trash, the next one opens, and «Скасувати» brings it back', async ({
  page,
  app,
}) => {
  await openLibrary(page, app);
  await option(page, 'Уряд отримав новий кредит').click();
  await expect(headline(page)).toHaveValue('Уряд отримав новий кредит');
  await option(page, 'Уряд отримав новий кредит').press('Delete');
  await expect(options(page)).toHaveCount(3);
  await expect(option(page, 'Синоптики обіцяють сніг')).toHaveAttribute('aria-selected', 'true');
  await expect(headline(page)).toHaveValue('Синоптики обіцяють сніг');
  expect(await exists(path.join(app.libraryPath, 'trash', 'e2e-credit', 'article.json'))).toBe(true);
  await expect(page.getByRole('button', { name: 'Кошик (1)' })).toBeVisible();

  const toast = page.locator('.undo-toast');
  await expect(toast).toContainText('Статтю перенесено в кошик.');
  await toast.getByRole('button', { name: 'Скасувати' }).click();
  await expect(options(page)).toHaveCount(4);
  await expect(option(page, 'Уряд отримав новий кредит')).toHaveAttribute('aria-selected', 'true');
  expect(await exists(path.join(app.libraryPath, 'articles', 'e2e-credit', 'article.json'))).toBe(true);
  await expect(page.getByRole('button', { name: 'Кошик (0)' })).toBeVisible();
});

test('the trash: restore, and purge after a confirmation removes the files from disk', async ({ page, app }) => {
  await openLibrary(page, app);
  for (const name of ['Синоптики обіцяють сніг', 'Партнери обговорили енергетику']) {
    await option(page, name).click();
    await page.getByRole('button', { name: 'Дії зі статтею' }).click();
    await page.getByRole('menuitem', { name: /Перенести в кошик/ }).click();
    await expect(option(page, name)).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Кошик (2)' }).click();
  const trash = page.getByRole('list', { name: 'Кошик' });
  await expect(trash.getByRole('listitem')).toHaveCount(2);
  const weather = trash.getByRole('listitem', { name: 'Синоптики обіцяють сніг' });
  await expect(weather).toContainText(/У кошику з \d{1,2} [а-яіїє]+ \d{4} року, \d{2}:\d{2}/);

  await weather.getByRole('button', { name: 'Відновити' }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  expect(await exists(path.join(app.libraryPath, 'articles', 'e2e-weather', 'article.json'))).toBe(true);

  const energy = trash.getByRole('listitem', { name: 'Партнери обговорили енергетику' });
  await energy.getByRole('button', { name: 'Видалити назавжди' }).click();
  const dialog = page.getByRole('dialog', { name: 'Видалити статтю назавжди?' });
  await expect(dialog).toContainText('Це не можна скасувати.');
  await expect(dialog.getByRole('button', { name: 'Скасувати' })).toBeFocused();
  expect(await severeAxeViolations(page)).toEqual([]);
  // Esc answers «no»: nothing is deleted.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await exists(path.join(app.libraryPath, 'trash', 'e2e-energy'))).toBe(true);

  await energy.getByRole('button', { name: 'Видалити назавжди' }).click();
  await dialog.getByRole('button', { name: 'Видалити назавжди' }).click();
  await expect(page.getByText('Кошик порожній.')).toBeVisible();
  expect(await exists(path.join(app.libraryPath, 'trash', 'e2e-energy'))).toBe(false);
  expect(await exists(path.join(app.libraryPath, 'articles', 'e2e-energy'))).toBe(false);

  await page.getByRole('button', { name: '← До бібліотеки' }).click();
  await expect(options(page)).toHaveCount(3);
  await expect(option(page, 'Синоптики обіцяють сніг')).toBeVisible();
});

test('the library with search, filters and the item menu has no serious accessibility violations', async ({
  page,
  app,
}) => {
  await openLibrary(page, app);
  await page.getByRole('button', { name: 'Фільтри' }).click();
  await page.getByRole('group', { name: 'Статус' }).getByRole('button', { name: 'Чернетка' }).click();
  await search(page).fill('енергетику');
  await expect(options(page)).toHaveCount(1);
  await option(page, 'Партнери обговорили енергетику').click();
  await page.getByRole('button', { name: 'Дії зі статтею' }).click();
  await expect(page.getByRole('menu', { name: 'Дії зі статтею' })).toBeVisible();
  expect(await severeAxeViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Кошик (0)' }).click();
  await expect(page.getByText('Кошик порожній.')).toBeVisible();
  expect(await severeAxeViolations(page)).toEqual([]);
});
