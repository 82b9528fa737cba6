import type { Page } from '@playwright/test';
import { toApiError } from '../../shared/api/errors';
import { createTranslator } from '../../shared/i18n/translate';
import { severeAxeViolations } from './axe';
import { expect, test } from './browser-mode';
import { callFromPage } from './page-api';

/**
 * The editorial loop between two computers on one shared library: a journalist's host and an editor's host,
 * each with its own settings, in two browser contexts.
 */

test.describe.configure({ timeout: 240_000 });

const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const saveState = (page: Page) => page.locator('.save-state');
const bar = (page: Page) => page.getByRole('region', { name: 'Статус статті' });
const statusLine = (page: Page) => bar(page).locator('.workflow-status');
const step = (page: Page, name: string) => bar(page).getByRole('button', { name, exact: true });
const note = (page: Page) => bar(page).getByRole('textbox', { name: 'Примітка до кроку' });
const history = (page: Page) => page.locator('.workflow-log-list');
const notesPanel = (page: Page) => page.getByRole('region', { name: 'Примітки' });
const versionsPanel = (page: Page) => page.getByRole('region', { name: 'Версії' });
const withEditor = (page: Page) => page.getByText('Стаття в редактора — ви зможете правити її, коли її повернуть.');

const call = callFromPage;

/** Signs in, says who this person is (as the settings dialog would), and opens the sample article. */
async function signIn(page: Page, url: string, user: { name: string; role: 'journalist' | 'editor' }) {
  await page.goto(url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  expect((await call(page, 'settings.update', { user, welcomed: true })).status).toBe(200);
  await page.reload();
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
}

/** Selects the first occurrence of `word` in the body and writes a note on it (Ctrl+Alt+M). */
async function noteOn(page: Page, word: string, text: string): Promise<void> {
  await body(page).evaluate((element, target) => {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = element.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      element.ownerDocument.getSelection()?.removeAllRanges();
      element.ownerDocument.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`no «${target}» in the body`);
  }, word);
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(word);
  await page.keyboard.press('Control+Alt+M');
  const field = notesPanel(page).getByRole('textbox', { name: `Текст примітки до «${word}»` });
  await expect(field).toBeFocused();
  await field.fill(text);
  await notesPanel(page).getByRole('button', { name: 'Зберегти примітку' }).click();
  await expect(notesPanel(page).locator('.note-thread', { hasText: text })).toBeVisible();
}

async function takeStep(page: Page, name: string, status: string, text = ''): Promise<void> {
  if (text) await note(page).fill(text);
  await step(page, name).click();
  // «Опублікувати…» and the like open the publish dialog: with no target set up, only the status is marked.
  if (name.endsWith('…'))
    await page
      .getByRole('dialog', { name: 'Публікація статті' })
      .getByRole('button', { name: 'Лише позначити статус' })
      .click();
  await expect(statusLine(page)).toHaveText(`Статус: ${status}`);
}

test('journalist and editor on one library: submit, review, return with a note, resubmit, approve, publish, correct', async ({
  page: journalist,
  app,
  browser,
}) => {
  const editorHost = await app.startSecondHost();
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(journalist, app.url, { name: 'Олена Коваленко', role: 'journalist' });
  await signIn(editor, editorHost.url, { name: 'Іван Редактор', role: 'editor' });

  // The journalist writes and submits.
  await expect(statusLine(journalist)).toHaveText('Статус: Чернетка');
  await body(journalist).locator('p').first().click();
  await journalist.keyboard.press('Home');
  await journalist.keyboard.type('Перша версія. ');
  await expect(saveState(journalist)).toHaveText(/Збережено о/);
  await expect(step(journalist, 'Схвалити')).toHaveCount(0);
  await takeStep(journalist, 'Надіслати редакторові', 'Надіслано');

  // With the editor: read-only for the journalist, and no approval offered.
  await expect(withEditor(journalist)).toBeVisible();
  await expect(headline(journalist)).toHaveAttribute('readonly', '');
  await expect(body(journalist)).toHaveAttribute('contenteditable', 'false');
  await expect(step(journalist, 'Схвалити')).toHaveCount(0);
  await expect(bar(journalist).getByRole('button')).toHaveCount(0);
  expect(await severeAxeViolations(journalist)).toEqual([]);

  // The editor's computer hears of it through the shared folder and takes it for review.
  await expect(statusLine(editor)).toHaveText('Статус: Надіслано');
  await expect(body(editor)).toContainText('Перша версія.');
  await takeStep(editor, 'Взяти на перевірку', 'На розгляді');
  await expect(statusLine(journalist)).toHaveText('Статус: На розгляді');
  await expect(step(journalist, 'Схвалити')).toHaveCount(0);

  // A forged request from the journalist's page is refused by the service, in Ukrainian.
  const id = ((await call(journalist, 'library.list', {})).body as { articles: Array<{ id: string }> }).articles[0]?.id;
  const current = (await call(journalist, 'article.get', { id })).body as { hash: string };
  const forged = await call(journalist, 'workflow.transition', { id, to: 'approved', baseHash: current.hash });
  expect(forged.status).toBe(403);
  expect(forged.body).toMatchObject({ code: 'workflow-forbidden' });
  expect(createTranslator('uk').message(toApiError(forged.body).reason)).toBe(
    'Схвалити статтю може лише редактор. Ваша роль у налаштуваннях — журналіст.',
  );
  const stillInReview = (await call(journalist, 'article.get', { id })).body as {
    hash: string;
    article: { status: string };
  };
  expect(stillInReview.article.status).toBe('in-review');
  expect(stillInReview.hash).toBe(current.hash);

  // The editor corrects a sentence and notes two places in the text.
  await body(editor).locator('p').first().click();
  await editor.keyboard.press('Home');
  await editor.keyboard.type('Редакторська правка. ');
  await expect(saveState(editor)).toHaveText(/Збережено о/);
  await body(editor).click();
  await noteOn(editor, 'зразкова', 'Чому зразкова? Поясніть.');
  await noteOn(editor, 'бібліотеки', 'Якої саме бібліотеки?');
  await expect(notesPanel(editor).getByText('Відкриті: 2 · Вирішені: 0')).toBeVisible();

  // Returning needs a note; with one, the article goes back.
  await step(editor, 'Повернути журналістові').click();
  await expect(bar(editor).getByRole('alert')).toHaveText(
    'Напишіть примітку: що виправити. Без неї статтю не повертають.',
  );
  await expect(note(editor)).toBeFocused();
  await takeStep(editor, 'Повернути журналістові', 'Повернуто', 'Додайте джерело цифр.');

  // The journalist sees it returned, with the note, and may edit again.
  await expect(statusLine(journalist)).toHaveText('Статус: Повернуто');
  await expect(withEditor(journalist)).toBeHidden();
  await expect(history(journalist)).toContainText('Додайте джерело цифр.');
  await expect(history(journalist).locator('li').first()).toContainText('На розгляді → Повернуто');
  await expect(history(journalist).locator('li').first()).toContainText('Іван Редактор');

  // The editor's notes reached the journalist's computer; she answers one.
  await expect(notesPanel(journalist).getByText('Відкриті: 2 · Вирішені: 0')).toBeVisible();
  const question = notesPanel(journalist).locator('.note-thread', { hasText: 'Якої саме бібліотеки?' });
  await question.getByRole('button', { name: 'Відповісти' }).click();
  await question.getByRole('textbox', { name: 'Відповідь на примітку' }).fill('Бібліотеки статей редакції.');
  await question.getByRole('button', { name: 'Надіслати відповідь' }).click();
  await expect(question).toContainText('Бібліотеки статей редакції.');

  // «Що змінив редактор»: what she sent against the text now, the editor's sentence marked as added.
  await versionsPanel(journalist).getByRole('button', { name: 'Що змінив редактор' }).click();
  const changes = journalist.getByRole('dialog', { name: 'Що змінив редактор' });
  await expect(changes.locator('ins', { hasText: 'Редакторська правка.' })).toBeVisible();
  await expect(changes.locator('del')).toHaveCount(0);
  expect(await severeAxeViolations(journalist)).toEqual([]);
  await changes.getByRole('button', { name: 'Закрити порівняння' }).click();
  await expect(changes).toHaveCount(0);
  await body(journalist).locator('p').first().click();
  await journalist.keyboard.press('Home');
  await journalist.keyboard.type('За даними НБУ. ');
  await expect(saveState(journalist)).toHaveText(/Збережено о/);
  await takeStep(journalist, 'Надіслати редакторові', 'Надіслано');

  // The editor takes the fixed text, approves and publishes.
  await expect(statusLine(editor)).toHaveText('Статус: Надіслано');
  await expect(body(editor)).toContainText('За даними НБУ.');
  await takeStep(editor, 'Взяти на перевірку', 'На розгляді');
  await takeStep(editor, 'Схвалити', 'Погоджено');
  await takeStep(editor, 'Опублікувати…', 'Опубліковано');

  // A correction: the page stays published until the corrected version is approved.
  await takeStep(editor, 'Почати виправлення', 'Виправляється');
  await takeStep(editor, 'Схвалити виправлення…', 'Опубліковано');
  await expect(statusLine(journalist)).toHaveText('Статус: Опубліковано');
  const log = (await call(editor, 'workflow.log', { id })).body as { entries: Array<{ from: string; to: string }> };
  expect(log.entries.map((entry) => `${entry.from}→${entry.to}`)).toEqual([
    'draft→submitted',
    'submitted→in-review',
    'in-review→returned',
    'returned→submitted',
    'submitted→in-review',
    'in-review→approved',
    'approved→published',
    'published→correction',
    'correction→published',
  ]);
  expect(await severeAxeViolations(editor)).toEqual([]);
  await editorContext.close();
});
