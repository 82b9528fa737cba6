import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const notesPanel = (page: Page) => page.getByRole('region', { name: 'Примітки' });
const preview = (page: Page) => page.frameLocator('iframe[title="Сторінка статті, як її покаже сайт"]');
const WORD = 'зразкова';

/** Selects the first occurrence of `word` in the body, as a person dragging over it would. */
async function selectInBody(page: Page, word: string): Promise<void> {
  await body(page).evaluate((element, target) => {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = element.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = element.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`no «${target}» in the body`);
  }, word);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(word);
}

async function articleFolder(app: BrowserModeApp): Promise<string> {
  const { readdir } = await import('node:fs/promises');
  const [id] = await readdir(path.join(app.libraryPath, 'articles'));
  return path.join(app.libraryPath, 'articles', id ?? '');
}

test('an editor notes a word, the note is answered, resolved, outlives its text and never reaches the page', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const welcome = page.getByRole('region', { name: 'Вітаємо в Шпальті' });
  await welcome.getByLabel('Ім’я та прізвище').fill('Олена Коваленко');
  await welcome.getByLabel('Назва видання').fill('Економічна правда');
  await welcome.getByLabel('Назва видання').press('Enter');
  await expect(welcome).toBeHidden();
  await expect(body(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
  await expect(notesPanel(page).getByText('Відкриті: 0 · Вирішені: 0')).toBeVisible();

  // Select a word, Ctrl+Alt+M, write the note.
  await body(page).click();
  await selectInBody(page, WORD);
  await page.keyboard.press('Control+Alt+M');
  const field = notesPanel(page).getByRole('textbox', { name: `Текст примітки до «${WORD}»` });
  await expect(field).toBeFocused();
  await field.fill('Чи справді зразкова? Перевірте.');
  await notesPanel(page).getByRole('button', { name: 'Зберегти примітку' }).click();

  // The word is marked in the text (underlined, described) and the note is listed with its count.
  const marked = body(page).locator('span.note-mark');
  await expect(marked).toHaveText(WORD);
  await expect(marked).toHaveAttribute('aria-description', 'Текст із приміткою');
  await expect(notesPanel(page).getByText('Відкриті: 1 · Вирішені: 0')).toBeVisible();
  const thread = notesPanel(page).locator('.note-thread');
  await expect(thread).toContainText('Олена Коваленко');
  await expect(thread).toContainText('Чи справді зразкова? Перевірте.');
  expect(await severeAxeViolations(page)).toEqual([]);

  // Clicking the note selects its text.
  await body(page).locator('p').last().click();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('');
  await thread.getByRole('button', { name: `Показати в тексті: «${WORD}»` }).click();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(WORD);

  // Reply, then resolve, all from the keyboard.
  await thread.getByRole('button', { name: 'Відповісти' }).click();
  await thread.getByRole('textbox', { name: 'Відповідь на примітку' }).fill('Так, це зразок.');
  await thread.getByRole('textbox', { name: 'Відповідь на примітку' }).press('Tab');
  await page.keyboard.press('Enter');
  await expect(thread.locator('.note-replies')).toContainText('Так, це зразок.');
  await thread.getByRole('button', { name: 'Позначити вирішеною' }).press('Enter');
  await expect(notesPanel(page).getByText('Відкриті: 0 · Вирішені: 1')).toBeVisible();
  await expect(thread.getByRole('button', { name: 'Відкрити знову' })).toBeVisible();

  // A note of one's own that nobody answered may be deleted: its thread and its anchor go, the text stays.
  // This time through the selection's bubble menu.
  await body(page).focus();
  await selectInBody(page, 'бібліотеки');
  await page
    .getByRole('toolbar', { name: 'Форматування виділеного' })
    .getByRole('button', { name: 'Додати примітку' })
    .click();
  await page.keyboard.type('Зайва примітка');
  await notesPanel(page).getByRole('button', { name: 'Зберегти примітку' }).click();
  await expect(body(page).locator('span.note-mark')).toHaveText([WORD, 'бібліотеки']);
  const spare = notesPanel(page).locator('.note-thread', { hasText: 'Зайва примітка' });
  await spare.getByRole('button', { name: 'Видалити примітку' }).click();
  await expect(spare).toHaveCount(0);
  await expect(body(page).locator('span.note-mark')).toHaveText([WORD]);
  await expect(thread.getByRole('button', { name: 'Видалити примітку' })).toHaveCount(0); // it has a reply

  // The page preview shows the word but nothing of the note.
  await page.getByText('Перегляд сторінки', { exact: true }).click();
  await expect(preview(page).locator('article')).toContainText('Це зразкова стаття');
  const pageHtml = await preview(page)
    .locator('html')
    .evaluate((element) => element.outerHTML);
  expect(pageHtml).not.toMatch(/note-|data-note|Перевірте/);

  // Deleting the noted text leaves the note, detached, with its quote.
  await thread.getByRole('button', { name: `Показати в тексті: «${WORD}»` }).click();
  // The editor takes the focus on the next frame: the key waits for the body to have it, with the word selected.
  await expect(body(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(WORD);
  await page.keyboard.press('Backspace');
  await expect(body(page)).toContainText('Це  стаття вашої бібліотеки.');
  await expect(thread.getByText('Текст, до якого була примітка, видалено')).toBeVisible();
  await expect(thread).toContainText(`«${WORD}»`);

  // Saved: the body without the mark, the thread in notes.json beside it; a reload shows it all again.
  const folder = await articleFolder(app);
  await expect
    .poll(async () => (await readFile(path.join(folder, 'article.json'), 'utf8')).includes('Це  стаття'))
    .toBe(true);
  const stored = JSON.parse(await readFile(path.join(folder, 'notes.json'), 'utf8'));
  expect(stored.threads).toMatchObject([
    {
      quote: WORD,
      author: 'Олена Коваленко',
      replies: [{ text: 'Так, це зразок.' }],
      resolutions: [{ resolved: true }],
    },
  ]);
  await page.reload();
  await expect(body(page)).toContainText('Це  стаття вашої бібліотеки.');
  await expect(notesPanel(page).getByText('Відкриті: 0 · Вирішені: 1')).toBeVisible();
  await expect(notesPanel(page).getByText('Текст, до якого була примітка, видалено')).toBeVisible();
  await expect(notesPanel(page).locator('.note-replies')).toContainText('Так, це зразок.');

  // A colleague's note arriving through the synced folder shows up in the open article.
  const colleague = {
    id: 'note-c0ffee01',
    quote: 'стаття',
    author: 'Тарас Шевчук',
    at: '2026-01-10T09:00:00.000Z',
    text: 'Додайте джерело.',
  };
  const notesFile = path.join(folder, 'notes.json');
  const current = JSON.parse(await readFile(notesFile, 'utf8'));
  await writeFile(notesFile, JSON.stringify({ ...current, threads: [...current.threads, colleague] }));
  await expect(notesPanel(page).locator('.note-thread', { hasText: 'Додайте джерело.' })).toContainText('Тарас Шевчук');
  await expect(notesPanel(page).getByText('Відкриті: 1 · Вирішені: 1')).toBeVisible();
});

test('a read-only body takes a note’s mark and no other change', async ({ page, app }) => {
  // The sample article with a block of a newer app: it opens read-only, as the text of someone else would.
  const file = path.join(await articleFolder(app), 'article.json');
  const article = JSON.parse(await readFile(file, 'utf8'));
  article.body.content.push({ type: 'callout', content: [{ type: 'text', text: 'Нове' }] });
  await writeFile(file, JSON.stringify(article));

  await page.goto(app.url);
  const welcome = page.getByRole('region', { name: 'Вітаємо в Шпальті' });
  await welcome.getByLabel('Ім’я та прізвище').fill('Тарас Шевчук');
  await welcome.getByLabel('Ім’я та прізвище').press('Enter');
  await expect(welcome).toBeHidden();
  await expect(body(page)).toHaveAttribute('contenteditable', 'false');
  const textBefore = await body(page).textContent();

  await selectInBody(page, WORD);
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.type('Тут треба уточнити.');
  await notesPanel(page).getByRole('button', { name: 'Зберегти примітку' }).click();
  await expect(body(page).locator('span.note-mark')).toHaveText(WORD);
  await expect(notesPanel(page).locator('.note-thread')).toContainText('Тут треба уточнити.');

  // Nothing else gets in: typing and deleting over the selection leave the text as it was.
  await notesPanel(page)
    .getByRole('button', { name: `Показати в тексті: «${WORD}»` })
    .click();
  await page.keyboard.type('змінено');
  await page.keyboard.press('Backspace');
  // The keys were handled once type() and press() return: the text is read after them.
  expect(await body(page).textContent()).toBe(textBefore);
  await expect(body(page).locator('span.note-mark')).toHaveText(WORD);
});
