import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { defaultOutletProfile } from '../../shared/outlet/outlet-profile';
import { docFromParagraphs } from '../../shared/domain/doc';
import { articleText } from '../fixtures/hostile-articles';
import { expect, startBrowserMode, test, type BrowserModeApp } from './browser-mode';
import { useNewsroomServer } from './newsroom-hooks';
import { callFromPage } from './page-api';
import { severeAxeViolations } from './axe';

/**
 * Issue 20 end to end: a journalist and an editor on their own computers (two hosts, their own libraries and
 * data folders, two browser contexts), joined to one newsroom server that guards the desk.
 */

test.describe.configure({ timeout: 240_000 });

const ARTICLE = { id: 'bridge-2026', headline: 'Міст через Дніпро відкриють навесні' };
const users = {
  olena: { token: 'olena-token-51', role: 'journalist' as const },
  ivan: { token: 'ivan-token-52', role: 'editor' as const },
};
const newsroom = useNewsroomServer(users, () => ({
  'outlet.json': `${JSON.stringify({ ...defaultOutletProfile(), name: 'Міська газета' }, null, 2)}\n`,
  [`articles/${ARTICLE.id}/article.json`]: articleText(
    ARTICLE.id,
    ARTICLE.headline,
    docFromParagraphs(['Підрядник назвав дату завершення робіт.']).content ?? [],
  ),
}));

const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const saveState = (page: Page) => page.locator('.save-state');
const bar = (page: Page) => page.getByRole('region', { name: 'Статус статті' });
const statusLine = (page: Page) => bar(page).locator('.workflow-status');
const step = (page: Page, name: string) => bar(page).getByRole('button', { name, exact: true });
const syncItem = (page: Page) => page.locator('.statusbar .newsroom-sync');
/** The publish dialog with no target set up on this computer: only the status is marked. */
const markStatusOnly = (page: Page) =>
  page
    .getByRole('dialog', { name: 'Публікація статті' })
    .getByRole('button', { name: 'Лише позначити статус' })
    .click();
const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });

const call = callFromPage;

/** Signs in, says who this person is, joins the newsroom into a folder of its own and shows its article. */
async function joinAs(page: Page, url: string, login: keyof typeof users, name: string, folder: string) {
  await page.goto(url);
  await expect(headline(page)).toHaveValue(/Редакція перейшла/);
  const user = { name, role: users[login].role };
  expect((await call(page, 'settings.update', { user, welcomed: true })).status).toBe(200);
  const joined = await call(page, 'newsroom.join', {
    url: newsroom.server().url,
    login,
    token: users[login].token,
    folder,
  });
  expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  await page.reload();
  await expect(headline(page)).toHaveValue(ARTICLE.headline);
  await expect(syncItem(page)).toHaveText('Синхронізовано');
}

/**
 * The journalist's page (the test's own host) and the editor's (a second host, its own data and library, in a
 * browser context of its own), both joined to the newsroom; the editor's host is stopped after `run`.
 */
async function onTwoComputers(
  journalist: Page,
  app: BrowserModeApp,
  browser: Browser,
  run: (editor: Page) => Promise<void>,
): Promise<void> {
  const editorApp = await startBrowserMode();
  const editorContext = await browser.newContext();
  try {
    const editor = await editorContext.newPage();
    await joinAs(journalist, app.url, 'olena', 'Олена Коваленко', path.join(path.dirname(app.libraryPath), 'olena'));
    await joinAs(
      editor,
      editorApp.url,
      'ivan',
      'Іван Петренко',
      path.join(path.dirname(editorApp.libraryPath), 'ivan'),
    );
    await run(editor);
  } catch (error) {
    // What both computers and the server did: the exchange runs in the hosts, out of the page's sight.
    const git = (args: string[]) =>
      spawnSync('git', ['--git-dir', newsroom.server().repoDir, ...args], { encoding: 'utf8' }).stdout;
    const desk = git(['log', '--format=%h %an %s', '-8', 'desk']);
    const deskLog = git(['show', `desk:articles/${ARTICLE.id}/transitions.jsonl`]);
    const report = [
      '## journalist host',
      app.output(),
      '## editor host',
      editorApp.output(),
      '## server',
      newsroom.server().log(),
      '## desk',
      desk,
      deskLog,
    ].join('\n');
    await test.info().attach('exchange.log', { body: report, contentType: 'text/plain' });
    // The CI prints a failed test's output, not its attachments.
    console.error(report.split('\n').slice(-200).join('\n'));
    throw error;
  } finally {
    await editorContext.close();
    await editorApp.stop();
  }
}

test('submit on one computer, the editor sees it within seconds, returns it with a note; the journalist sees that', async ({
  page: journalist,
  app,
  browser,
}) => {
  await onTwoComputers(journalist, app, browser, async (editor) => {
    await body(journalist).locator('p').first().click();
    await journalist.keyboard.press('End');
    await journalist.keyboard.type(' Роботи тривають.');
    await expect(saveState(journalist)).toHaveText(/Збережено о/);
    await step(journalist, 'Надіслати редакторові').click();
    await expect(statusLine(journalist)).toHaveText('Статус: Надіслано');

    // The editor's computer hears of it through the server, with no click: fetched every second.
    await expect(statusLine(editor)).toHaveText('Статус: Надіслано', { timeout: 15_000 });
    await expect(body(editor)).toContainText('Роботи тривають.');
    await step(editor, 'Взяти на перевірку').click();
    await expect(statusLine(editor)).toHaveText('Статус: На розгляді');
    await bar(editor).getByRole('textbox', { name: 'Примітка до кроку' }).fill('Додайте суму контракту.');
    await step(editor, 'Повернути журналістові').click();
    await expect(statusLine(editor)).toHaveText('Статус: Повернуто');

    await expect(statusLine(journalist)).toHaveText('Статус: Повернуто', { timeout: 15_000 });
    await expect(journalist.locator('.workflow-log-list')).toContainText('Додайте суму контракту.');
    await expect(syncItem(journalist)).toHaveText('Синхронізовано');
    // People never see Git: no branch, commit or push in what either page says.
    for (const page of [journalist, editor]) {
      expect(await page.locator('body').innerText()).not.toMatch(/\b(branch|commit|push|merge|git)\b|гілк|коміт/i);
    }
  });
});

test('the same paragraph changed on both computers: «Є розбіжності» lists the article, compared and settled there', async ({
  page: journalist,
  app,
  browser,
}) => {
  await onTwoComputers(journalist, app, browser, async (editor) => {
    // The server out of reach for both while each rewrites the same paragraph.
    newsroom.server().faults.hold();
    for (const [page, words] of [
      [journalist, ' Так пише Олена.'],
      [editor, ' Так пише Іван.'],
    ] as const) {
      await body(page).locator('p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(words);
      await expect(saveState(page)).toHaveText(/Збережено о/);
    }
    newsroom.server().faults.release();

    // The paragraph cannot be both: on both computers the desk's (the editor's) stands and hers is kept beside
    // it, whichever merged first, so both say so.
    for (const page of [editor, journalist]) {
      await expect(page.getByRole('button', { name: 'Є розбіжності' })).toBeVisible({ timeout: 30_000 });
    }
    await editor.getByRole('button', { name: 'Є розбіжності' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Розбіжності з колегами' });
    await expect(dialog).toBeVisible();
    const item = dialog.getByRole('button', { name: new RegExp(`${ARTICLE.headline}.*1 інша версія`) });
    await expect(item).toBeFocused();
    expect(await severeAxeViolations(editor, ['.newsroom-conflicts-dialog'])).toEqual([]);
    await item.press('Enter');
    await expect(dialog).toBeHidden();

    const banner = editor.getByRole('alert', { name: /копі/ });
    await expect(banner).toContainText('Версія із сервера редакції, що не поєдналася з цією');
    await banner.getByRole('button', { name: 'Порівняти' }).click();
    const compare = editor.getByRole('dialog', { name: 'Порівняння версій' });
    await expect(compare).toContainText('додано: Олена.');
    await compare.getByRole('button', { name: 'Залишити поточну' }).click();
    await expect(banner).toBeHidden();
    const kept = (await body(editor).locator('p').first().innerText()).trim();
    expect(kept).toMatch(/Так пише Іван\.$/);

    // Settled on one computer, settled on both: the same paragraph, and «Синхронізовано».
    for (const page of [editor, journalist]) {
      await expect(syncItem(page)).toHaveText('Синхронізовано', { timeout: 30_000 });
      await expect(body(page).locator('p').first()).toHaveText(kept, { timeout: 30_000 });
    }
  });
});

test('resubmitted, approved, published, corrected: each step reaches the other; a journalist cannot approve', async ({
  page: journalist,
  app,
  browser,
}) => {
  const seen = { timeout: 15_000 };
  await onTwoComputers(journalist, app, browser, async (editor) => {
    // Her new article, sent; on his computer it arrives, and he opens it.
    await journalist.getByRole('button', { name: 'Нова стаття' }).click();
    await expect(headline(journalist)).toBeFocused();
    await journalist.keyboard.type('Тарифи на воду зростуть з березня');
    await expect(saveState(journalist)).toHaveText(/Збережено о/);
    await step(journalist, 'Надіслати редакторові').click();
    await expect(statusLine(journalist)).toHaveText('Статус: Надіслано');
    const entry = library(editor).getByRole('option', { name: /Тарифи на воду/ });
    await expect(entry).toBeVisible(seen);
    await entry.click();
    await expect(statusLine(editor)).toHaveText('Статус: Надіслано');

    // Review, approve, publish: each step on his computer, each seen on hers.
    for (const [name, status] of [
      ['Взяти на перевірку', 'На розгляді'],
      ['Схвалити', 'Погоджено'],
      ['Опублікувати…', 'Опубліковано'],
      ['Почати виправлення', 'Виправляється'],
    ] as const) {
      await step(editor, name).click();
      if (name.endsWith('…')) await markStatusOnly(editor);
      await expect(statusLine(editor)).toHaveText(`Статус: ${status}`);
      await expect(statusLine(journalist)).toHaveText(`Статус: ${status}`, seen);
    }

    // The page stays live while it is corrected: she fixes a word, he sees it and approves the correction.
    await body(journalist).click();
    await journalist.keyboard.type('Київводоканал подав розрахунок до НКРЕКП.');
    await expect(saveState(journalist)).toHaveText(/Збережено о/);
    await expect(body(editor)).toContainText('Київводоканал подав розрахунок', seen);
    await step(editor, 'Схвалити виправлення…').click();
    await markStatusOnly(editor);
    await expect(statusLine(editor)).toHaveText('Статус: Опубліковано');
    await expect(statusLine(journalist)).toHaveText('Статус: Опубліковано', seen);

    // A journalist who calls herself an editor: her app lets her try, the server refuses, and says why.
    expect(
      (await call(journalist, 'settings.update', { user: { name: 'Олена Коваленко', role: 'editor' } })).status,
    ).toBe(200);
    await journalist.reload();
    await journalist.getByRole('button', { name: 'Нова стаття' }).click();
    await journalist.keyboard.type('Самоправне схвалення');
    await expect(syncItem(journalist)).toHaveText(
      'Сервер відхилив: схвалені статті може змінювати лише редактор',
      seen,
    );
    await expect(library(editor).getByRole('option', { name: /Самоправне схвалення/ })).toHaveCount(0);
  });
});
