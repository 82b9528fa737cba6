import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeArticleFile } from '../fixtures/hostile-articles';
import { expect, test, type BrowserModeApp } from './browser-mode';

const headline = (page: Page) => page.getByRole('textbox', { name: 'Headline' });

/** Opens the app on its sample article and switches the interface to English through settings. */
async function openInEnglish(page: Page, app: BrowserModeApp): Promise<{ dir: string; file: string }> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Налаштування' }).click();
  await page.getByRole('dialog').getByLabel('Мова інтерфейсу').selectOption('en');
  await page.getByRole('dialog').getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  const [id] = await readdir(path.join(app.libraryPath, 'articles'));
  if (!id) throw new Error('no sample article');
  const dir = path.join(app.libraryPath, 'articles', id);
  return { dir, file: path.join(dir, 'article.json') };
}

test('an English UI words damaged-file reasons and conflict copies in English', async ({ page, app }) => {
  const { dir, file } = await openInEnglish(page, app);

  const broken = await writeArticleFile(app.libraryPath, 'broken-1', '{"schemaVersion": 1, "id": "trunc');
  const damaged = page.getByRole('region', { name: 'Damaged files' });
  await expect(damaged.getByRole('listitem')).toContainText(broken);
  await expect(damaged.getByRole('listitem')).toContainText('the file is not valid JSON');
  // The path is the library's own (…/Шпальта/…); the reason beside it has no Ukrainian word.
  await expect(damaged.getByRole('listitem').locator('span')).not.toContainText(/[а-яіїєґ]/i);

  const theirs = JSON.parse(await readFile(file, 'utf8'));
  theirs.headline = 'Заголовок з ноутбука Олени';
  await writeFile(
    path.join(dir, "article (Olena Kovalenko's conflicted copy 2025-12-19).json"),
    `${JSON.stringify(theirs, null, 2)}\n`,
  );
  const banner = page.getByRole('alert', { name: 'A sync tool left conflicting copies of this article' });
  await expect(banner).toContainText('Conflict copy from Dropbox (Olena Kovalenko, 2025-12-19)');
});

test('a duplicate made in an English UI gets the English suffix in its headline', async ({ page, app }) => {
  await openInEnglish(page, app);
  await page.getByRole('button', { name: 'Article actions' }).click();
  await page.getByRole('menuitem', { name: /Duplicate/ }).click();
  await expect(headline(page)).toHaveValue(/^Редакція перейшла.* \(copy\)$/);
});
