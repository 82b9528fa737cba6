import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const slashMenu = (page: Page) => page.getByRole('listbox', { name: 'Вставити блок' });

const KOPIYKA = { id: 'm3k9x2ac-00000001', headline: 'Верховна Рада підтримала законопроєкт про копійку' };
const HIIT = { id: 'm3k9x2ac-00000002', headline: 'Заняття HIIT очолюють списки фітнес-трендів' };

/** Two published articles to link, and the sample article with a «Читайте також» of the first format. */
async function library(app: BrowserModeApp): Promise<string> {
  const articles = path.join(app.libraryPath, 'articles');
  const [sampleId] = await readdir(articles);
  if (!sampleId) throw new Error('no sample article');
  const dated = [
    [KOPIYKA, '2025-12-19T18:44:00.000Z'],
    [HIIT, '2025-12-19T09:30:00.000Z'],
  ] as const;
  for (const [{ id, headline: title }, publishAt] of dated) {
    await mkdir(path.join(articles, id), { recursive: true });
    const article = {
      schemaVersion: 1,
      id,
      headline: title,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] },
      publishAt,
      status: 'published',
      createdAt: publishAt,
      updatedAt: publishAt,
    };
    await writeFile(path.join(articles, id, 'article.json'), `${JSON.stringify(article, null, 2)}\n`);
  }
  const file = path.join(articles, sampleId, 'article.json');
  const sample = JSON.parse(await readFile(file, 'utf8'));
  sample.body.content.push({ type: 'readAlso', attrs: { articleId: HIIT.id, headline: HIIT.headline } });
  await writeFile(file, `${JSON.stringify(sample, null, 2)}\n`);
  return file;
}

test('«Читайте також» lists several articles with their dates; the old one-article form still opens', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  const file = await library(app);
  await page.reload();
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);

  // The first format (one article, no date) is shown as it was, and the article stays editable.
  const old = page.getByRole('complementary', { name: 'Читайте також' });
  await expect(old).toContainText(HIIT.headline);
  await expect(body(page)).toHaveAttribute('contenteditable', 'true');

  // A new block: two articles found and added from the keyboard, then put in another order.
  await body(page).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('/читайте');
  await expect(slashMenu(page).getByRole('option').first()).toHaveText('Читайте також');
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Читайте також: оберіть статті' });
  const search = picker.getByRole('combobox');
  // The picker first lists every article: Enter waits until the search has narrowed it to the one sought.
  await search.fill('HIIT');
  await expect(picker.getByRole('option')).toHaveText([new RegExp(HIIT.headline)]);
  await page.keyboard.press('Enter');
  await search.fill('копійку');
  await expect(picker.getByRole('option')).toHaveText([new RegExp(KOPIYKA.headline)]);
  await page.keyboard.press('Enter');
  const chosen = picker.getByRole('list', { name: 'Статті блоку' }).getByRole('listitem');
  await expect(chosen).toHaveText([new RegExp(HIIT.headline), new RegExp(KOPIYKA.headline)]);
  await picker.getByRole('button', { name: `Вище: ${KOPIYKA.headline}` }).press('Enter');
  await expect(chosen).toHaveText([new RegExp(KOPIYKA.headline), new RegExp(HIIT.headline)]);
  await picker.getByRole('button', { name: 'Вставити' }).press('Enter');
  await expect(picker).toBeHidden();

  // The card reads as the page will: each article with its date in the outlet's house style.
  const cards = page.getByRole('complementary', { name: 'Читайте також' });
  await expect(cards).toHaveCount(2);
  const card = cards.nth(1);
  await expect(card.getByRole('listitem')).toHaveText([
    `19 грудня 2025 року, 20:44 ${KOPIYKA.headline}`,
    `19 грудня 2025 року, 11:30 ${HIIT.headline}`,
  ]);

  // Saved as one block holding both, in the chosen order.
  const readAlso = async () => {
    const saved = JSON.parse(await readFile(file, 'utf8'));
    return (saved.body.content as { type: string; attrs?: { articles?: { articleId: string }[] } }[])
      .filter((node) => node.type === 'readAlso')
      .map((node) => node.attrs?.articles?.map((article) => article.articleId) ?? []);
  };
  await expect.poll(readAlso, { timeout: 15_000 }).toEqual([[HIIT.id], [KOPIYKA.id, HIIT.id]]);

  // The house style of the outlet changes the card's dates.
  await page.getByRole('button', { name: 'Налаштування' }).click();
  const settings = page.getByRole('dialog', { name: 'Налаштування' });
  await settings.getByLabel('Формат дати').selectOption('capitalized-dash');
  await settings.getByRole('button', { name: 'Зберегти' }).click();
  await expect(card.getByRole('listitem').first()).toHaveText(`19 Грудня 2025 року - 20:44 ${KOPIYKA.headline}`);
});
