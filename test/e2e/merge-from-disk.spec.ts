import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './browser-mode';
import { holdRequests } from './held-requests';

/**
 * Issue 20, part 6: what another person changed arrives as an outside change does; with unsaved edits here
 * the two are merged, and only a real conflict asks.
 */
test('a colleague’s change to another paragraph is merged into edits not yet saved, without a conflict', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const headline = page.getByRole('textbox', { name: 'Заголовок' });
  await expect(headline).toHaveValue(/Редакція перейшла/);
  const [id] = await readdir(path.join(app.libraryPath, 'articles'));
  const file = path.join(app.libraryPath, 'articles', id ?? '', 'article.json');
  const body = page.getByRole('textbox', { name: 'Текст статті' });

  // The page's save waits at the host's door while the colleague's version lands on disk first.
  const saves = await holdRequests(page, '**/api/article.save');
  await body.locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Моя правка. ');
  const theirs = JSON.parse(await readFile(file, 'utf8'));
  const last = theirs.body.content.findLast((node: { type: string }) => node.type === 'paragraph');
  last.content = [{ type: 'text', text: 'Останній абзац від колеги.' }];
  theirs.lead = 'Лід від колеги.';
  await writeFile(file, `${JSON.stringify(theirs, null, 2)}\n`);
  saves.release();

  await expect(page.getByText('Зміни з іншого вікна чи від колеги поєднано з вашими')).toBeVisible();
  await expect(page.getByText('Статтю змінено поза цим вікном', { exact: true })).toBeHidden();
  await expect(body).toContainText('Моя правка.');
  await expect(body).toContainText('Останній абзац від колеги.');
  await expect(page.getByRole('textbox', { name: 'Лід' })).toHaveValue('Лід від колеги.');
  await expect(page.locator('.save-state')).toHaveText(/Збережено о/);
  await expect.poll(async () => readFile(file, 'utf8')).toContain('Моя правка.');
  const saved = await readFile(file, 'utf8');
  expect(saved).toContain('Останній абзац від колеги.');
  expect(saved).toContain('Лід від колеги.');
});
