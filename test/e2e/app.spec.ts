import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { OTHER_VERSION_HEADLINE, typeIntoDiskConflict } from './disk-conflict';
import { holdAnswers, holdRequests } from './held-requests';
import { leavePrompts } from './leave-prompts';

const SAMPLE_HEADLINE = /Редакція перейшла на «Шпальту»/;

async function articleFiles(app: BrowserModeApp): Promise<string[]> {
  const dir = path.join(app.libraryPath, 'articles');
  return (await readdir(dir)).map((id) => path.join(dir, id, 'article.json'));
}

async function onlyArticleFile(app: BrowserModeApp): Promise<string> {
  const files = await articleFiles(app);
  expect(files).toHaveLength(1);
  return files[0] as string;
}

/** What the article's kept versions of this kind hold (their article JSON), read through the page's API. */
async function keptVersionsText(
  page: Page,
  articleFile: string,
  reason: 'conflict-mine' | 'conflict-theirs',
): Promise<string> {
  const id = path.basename(path.dirname(articleFile));
  return page.evaluate(
    async ([articleId, wanted]) => {
      const post = async (name: string, args: unknown) =>
        (await (
          await fetch(`/api/${name}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(args),
          })
        ).json()) as Record<string, unknown>;
      const { versions } = (await post('versions.list', { id: articleId })) as {
        versions: Array<{ version: string; reason: string }>;
      };
      const texts: string[] = [];
      for (const entry of versions.filter((version) => version.reason === wanted))
        texts.push(JSON.stringify((await post('versions.read', { id: articleId, version: entry.version })).article));
      return texts.join('\n');
    },
    [id, reason] as const,
  );
}

async function openApp(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(libraryItem(page, { name: SAMPLE_HEADLINE })).toBeVisible();
}

const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const libraryItems = (page: Page) => library(page).getByRole('option');
const libraryItem = (page: Page, options: { name: string | RegExp }) => library(page).getByRole('option', options);
const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');

test('first run opens a ready library with the sample article', async ({ page, app }) => {
  await page.clock.install();
  const saves: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/article.save')) saves.push(request.postData() ?? '');
  });
  await openApp(page, app);
  await expect(page).toHaveTitle('Шпальта');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await expect(body(page)).toContainText('Це зразкова стаття вашої бібліотеки.');
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(page.getByText('Чернетка').first()).toBeVisible();
  await expect(page.getByText(/^\d+ (слово|слова|слів)$/)).toBeVisible();
  // The sign-in code was swapped for a cookie and the page stands on the clean address.
  expect(page.url()).toBe(`${app.origin}/`);
  const file = JSON.parse(await readFile(await onlyArticleFile(app), 'utf8'));
  expect(file.schemaVersion).toBe(2);
  // Opening is not an edit: the sample ends with a recap, and the editor's own trailing paragraph must not
  // make it save the article. Every autosave timer opening could have set goes off (the idle pause, the
  // 10 s longest wait); then an edit is saved, and that save is the first the page sent.
  await expect(saveState(page)).toHaveText('Відкрито');
  await page.clock.runFor(11_000);
  await headline(page).press('Control+End');
  await page.keyboard.type('!');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  expect(saves).toHaveLength(1);
  expect(saves[0]).toContain('чернетки тепер пишуться офлайн!');
});

test('typing changes the article and a reload shows the change kept on disk', async ({ page, app }) => {
  await openApp(page, app);
  const lastParagraph = body(page).locator('p').last();
  await lastParagraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Перевірка автозбереження: п’ять слів тут.');
  await expect(saveState(page)).toHaveText(/Збережено о \d{2}:\d{2}/);

  const saved = await readFile(await onlyArticleFile(app), 'utf8');
  expect(saved).toContain('Перевірка автозбереження: п’ять слів тут.');

  await page.reload();
  await expect(body(page)).toContainText('Перевірка автозбереження: п’ять слів тут.');
  expect(page.url()).toBe(`${app.origin}/`);
});

test('a new headline is saved and shown in the library list', async ({ page, app }) => {
  await openApp(page, app);
  await headline(page).fill('Уряд ухвалив бюджет на 2027 рік');
  await expect(libraryItem(page, { name: /Уряд ухвалив бюджет/ })).toBeVisible();
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await page.reload();
  await expect(headline(page)).toHaveValue('Уряд ухвалив бюджет на 2027 рік');
});

test('«Нова стаття» creates an article file and opens it empty', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(libraryItems(page)).toHaveCount(2);
  await expect(headline(page)).toHaveValue('');
  await expect(libraryItem(page, { name: 'Без заголовка' })).toHaveAttribute('aria-selected', 'true');
  expect(await articleFiles(app)).toHaveLength(2);

  await headline(page).fill('Друга стаття');
  await body(page).click();
  await page.keyboard.type('Перший абзац другої статті.');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  // Back to the sample and forth again: both texts are where they belong.
  await libraryItem(page, { name: SAMPLE_HEADLINE }).click();
  await expect(body(page)).toContainText('Це зразкова стаття');
  await libraryItem(page, { name: 'Друга стаття' }).click();
  await expect(body(page)).toHaveText('Перший абзац другої статті.');
});

test('while a new article is being made, the open one takes no edits, and a second click makes no second article', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const sampleFile = await onlyArticleFile(app);
  const sampleBefore = await readFile(sampleFile, 'utf8');
  // A slow disk: the new article's file is written only when the test says so.
  const creating = await holdRequests(page, '**/api/article.create');
  const box = await headline(page).boundingBox();
  if (!box) throw new Error('the headline is not on screen');

  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  // The journalist clicks the headline still on screen and starts typing at once, as a fast typist does.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.type('Заголовок нової статті');
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  expect(creating.count).toBe(1);
  creating.release();

  await expect(libraryItems(page)).toHaveCount(2);
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  await expect(headline(page)).toHaveValue('');
  await expect(headline(page)).toBeFocused();
  await expect(libraryItem(page, { name: SAMPLE_HEADLINE })).toBeVisible();
  expect(await readFile(sampleFile, 'utf8')).toBe(sampleBefore);
  expect(await articleFiles(app)).toHaveLength(2);
  expect(creating.count).toBe(1);
});

test('Ctrl+Alt+N creates an article from the keyboard', async ({ page, app }) => {
  await openApp(page, app);
  await page.keyboard.press('Control+Alt+KeyN');
  await expect(libraryItems(page)).toHaveCount(2);
});

test('a change made on disk by another program reloads an article without local edits', async ({ page, app }) => {
  await openApp(page, app);
  // The article open in the editor first: this is about reloading it, not about opening a half-written file.
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  const file = await onlyArticleFile(app);
  const article = JSON.parse(await readFile(file, 'utf8'));
  article.headline = 'Заголовок, змінений синхронізацією';
  await writeFile(file, `${JSON.stringify(article, null, 2)}\n`);
  await expect(headline(page)).toHaveValue('Заголовок, змінений синхронізацією');
  await expect(page.getByText('Статтю оновлено з диска')).toBeVisible();
});

test('words typed just before the page is reloaded are on disk after it', async ({ page, app }) => {
  await openApp(page, app);
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await body(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Останні слова перед оновленням. ');
  // At once, long before autosave's pause: the browser asks whether to leave, and the journalist leaves.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(body(page)).toContainText('Останні слова перед оновленням.');
  expect(await readFile(await onlyArticleFile(app), 'utf8')).toContain('Останні слова перед оновленням.');
});

test('words typed while a save is on its way survive a reload, on the version that save wrote', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  // The first save reaches the host and is written, but its answer is held: the page still waits for it when
  // it is reloaded, with the last words typed after it unsent.
  const saves = await holdAnswers(page, '**/api/article.save');
  await body(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Перші слова. ');
  await saves.reachedHost;
  await page.keyboard.type('Останні слова. ');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  saves.release();
  await expect(body(page)).toContainText('Перші слова. Останні слова.');
  // The kept words stand on the version the held save wrote: sent again, they are saved, not a conflict.
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await expect(page.getByText('Статтю змінено поза цим вікном', { exact: true })).toBeHidden();
  expect(await readFile(await onlyArticleFile(app), 'utf8')).toContain('Перші слова. Останні слова.');
});

/** Whether this browser's IndexedDB holds a copy of an article's edits that contains `text`. */
async function keptInBrowser(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (wanted) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('shpalta-drafts');
        request.onerror = () => resolve(false);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve(false);
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result).includes(wanted));
          all.onerror = () => resolve(false);
        };
      }),
    text,
  );
}

test('once the status bar says saved, a reload asks nothing: not after the panel, typography, find or a click', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await page.keyboard.type('Уряд "ухвалив" бюджет - нарешті');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Лід про бюджет');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Як заявив В.О.Зеленський, 19 Грудня уряд виділив 1500000 грн. на ремонт.');
  await page.getByRole('combobox', { name: 'Теги' }).fill(' бюджет ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('уряд,');
  await page.getByRole('combobox', { name: 'Автори' }).fill('Олена Коваленко');
  await page.keyboard.press('Enter');
  await page.getByLabel('Рубрика').selectOption({ index: 1 });
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('region', { name: 'Типографіка' }).getByRole('status')).toHaveText(/Виправлено місць/);
  await expect(saveState(page)).toHaveText(/Збережено о/);
  // What follows changes no text: a search with its highlights, a click that moves the caret, the spelling
  // marks it brings. None of it is an edit, so nothing is left to lose.
  await page.keyboard.press('Control+F');
  await page.keyboard.type('бюджет');
  await expect(page.locator('.headline-input-find .find-match')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await body(page).click();
  await page.keyboard.press('Home');
  await headline(page).click();
  const prompts = leavePrompts(page);
  await page.reload();
  await expect(headline(page)).toHaveValue(/^Уряд «ухвалив» бюджет/);
  expect(prompts).toEqual([]);
});

test('a reload asks nothing once the words are kept in this browser, though the host has not answered', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  // No save reaches the host before the reload (nor the one the leaving page sends): only this browser holds
  // the words when the page is reloaded.
  const held: Route[] = [];
  let reloaded = false;
  let holding = () => {};
  const saveHeld = new Promise<void>((resolve) => (holding = resolve));
  await page.route('**/api/article.save', (route) => {
    if (reloaded) return route.continue();
    held.push(route);
    holding();
  });
  await body(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Слова, які тримає браузер. ');
  await saveHeld;
  await expect.poll(() => keptInBrowser(page, 'Слова, які тримає браузер.')).toBe(true);
  const prompts = leavePrompts(page);
  await page.reload();
  reloaded = true;
  for (const route of held) await route.abort().catch(() => undefined);
  // They come back from this browser and are saved (from IndexedDB, or the copy made at unload, whichever
  // holds the later edit: only the first says so in a notice, so the notice is not what is checked here).
  await expect(body(page)).toContainText('Слова, які тримає браузер.');
  await expect
    .poll(async () => (await readFile(await onlyArticleFile(app), 'utf8')).includes('Слова, які тримає браузер.'))
    .toBe(true);
  expect(prompts).toEqual([]);
});

test('a late answer to the article just left does not say «saved» over the one now open', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(headline(page)).toHaveValue('');
  await headline(page).fill('Друга стаття');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  await libraryItem(page, { name: SAMPLE_HEADLINE }).click();
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);

  // The sample's save reaches the host, but its answer is held until the other article is open.
  const saves = await holdAnswers(page, '**/api/article.save');
  await body(page).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Слова статті, яку покинули. ');
  await saves.reachedHost;
  await libraryItem(page, { name: 'Друга стаття' }).click();
  await expect(headline(page)).toHaveValue('Друга стаття');
  await expect(saveState(page)).toHaveText('Відкрито');
  await expect.poll(() => keptInBrowser(page, 'Слова статті, яку покинули.')).toBe(true);
  saves.release();
  // The answer came: the sample's copy kept in this browser is dropped as confirmed.
  await expect.poll(() => keptInBrowser(page, 'Слова статті, яку покинули.')).toBe(false);
  await expect(saveState(page)).toHaveText('Відкрито');
});

test('a save still waiting for an idle moment goes at once when the page is reloaded', async ({ page, app }) => {
  await openApp(page, app);
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  await body(page).locator('p').first().click();
  await page.keyboard.press('Home');
  // A page busy with back-to-back tasks is never idle: the save that autosave begins ~1 s after the typing
  // then waits for an idle moment (half a second at most). The page is reloaded the moment a save of the whole
  // sentence begins. The watch is set before the typing, so a machine slow to start the busy tasks cannot let
  // the save slip by; and it waits for the whole sentence, since on a loaded machine a pause of a second
  // between two keystrokes already starts a save of half of it.
  page.once('dialog', (dialog) => void dialog.accept());
  const reloaded = page.waitForEvent('load');
  await page.evaluate((sentence) => {
    const state = document.querySelector('.save-state');
    const text = document.querySelector('.ProseMirror');
    if (!state || !text) throw new Error('no save state or body');
    const reloadOnSave = () => {
      if (state.getAttribute('data-state') === 'saving' && text.textContent?.includes(sentence)) location.reload();
    };
    new MutationObserver(reloadOnSave).observe(state, { attributes: true });
    new MutationObserver(reloadOnSave).observe(text, { subtree: true, childList: true, characterData: true });
  }, 'Слова, що чекали на паузу.');
  await page.keyboard.type('Слова, що чекали на паузу. ');
  await page
    .evaluate(() => {
      const end = performance.now() + 4000;
      const spin = () => {
        const started = performance.now();
        while (performance.now() - started < 25) {
          // busy
        }
        if (performance.now() < end) setTimeout(spin, 0);
      };
      spin();
    })
    // On a slow machine the save may begin, and the page reload, before the busy tasks do.
    .catch(() => undefined);
  await reloaded;
  await expect(body(page)).toContainText('Слова, що чекали на паузу.');
  await expect.poll(async () => readFile(await onlyArticleFile(app), 'utf8')).toContain('Слова, що чекали на паузу.');
});

test('a change on disk while the journalist has unsaved edits keeps both and asks', async ({ page, app }) => {
  await openApp(page, app);
  const file = await onlyArticleFile(app);
  // Another machine's version lands before our autosave does: the save is refused, nothing written over it.
  await typeIntoDiskConflict(page, file, 'Моя правка. ');
  expect(JSON.parse(await readFile(file, 'utf8')).headline).toBe(OTHER_VERSION_HEADLINE);
  await expect(body(page)).toContainText('Моя правка.');

  await page.getByRole('button', { name: 'Записати мою версію' }).click();
  await expect(saveState(page)).toHaveText(/Збережено о/);
  expect(await readFile(file, 'utf8')).toContain('Моя правка.');
  // The other machine's version is not gone: it is kept in the article's history, and the page says so.
  await expect(page.getByText('Іншу збережено в історії статті')).toBeVisible();
  expect(await keptVersionsText(page, file, 'conflict-theirs')).toContain(OTHER_VERSION_HEADLINE);
});

test('«Відкрити версію з диска» in a conflict keeps the window’s version in history', async ({ page, app }) => {
  await openApp(page, app);
  const file = await onlyArticleFile(app);
  await typeIntoDiskConflict(page, file, 'Правка, якої немає на диску. ');

  await page.getByRole('button', { name: 'Відкрити версію з диска' }).click();
  await expect(headline(page)).toHaveValue(OTHER_VERSION_HEADLINE);
  await expect(body(page)).not.toContainText('Правка, якої немає на диску.');
  await expect(page.getByText('Вашу збережено в історії статті')).toBeVisible();
  expect(await keptVersionsText(page, file, 'conflict-mine')).toContain('Правка, якої немає на диску.');
  expect(await readFile(file, 'utf8')).not.toContain('Правка, якої немає на диску.');
});

test('a damaged file is listed with its reason and the rest of the library works', async ({ page, app }) => {
  const dir = path.join(app.libraryPath, 'articles', 'damaged-1');
  await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
  await writeFile(path.join(dir, 'article.json'), '{"schemaVersion": 1, "headline": "обрізаний');
  await openApp(page, app);
  await expect(page.getByRole('heading', { name: 'Пошкоджені файли' })).toBeVisible();
  await expect(page.getByText(/не є коректним JSON/)).toBeVisible();
  await expect(headline(page)).toHaveValue(SAMPLE_HEADLINE);
  // The damaged file is left exactly as it was.
  expect(await readFile(path.join(dir, 'article.json'), 'utf8')).toBe('{"schemaVersion": 1, "headline": "обрізаний');
});

test('without the sign-in cookie the page explains how to open it and the API refuses', async ({ page, app }) => {
  await page.goto(app.origin + '/');
  await expect(page.getByRole('alert')).toContainText('ще не має доступу');
  await expect(page.getByRole('alert')).toContainText('npm run serve');
  const response = await page.request.post(`${app.origin}/api/library.list`, { data: {} });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ code: 'unauthorized' });
});

test('the printed address signs in once; the secret is in no output, address or script', async ({
  browser,
  page,
  app,
}) => {
  await openApp(page, app);
  const cookies = await page.context().cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  const secret = (await readFile(path.join(app.userDataDir, 'browser-session.key'), 'utf8')).trim();
  expect(cookies[0]?.value).toBe(secret);
  expect(app.output()).not.toContain(secret);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // Another browser (a fresh context) with the same, now spent, address is not let in.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(app.url);
  expect(stranger.url()).toBe(`${app.origin}/`);
  await expect(stranger.getByRole('alert')).toContainText('ще не має доступу');
  await expect
    .poll(() => app.output())
    .toMatch(/вже використана або застаріла\. Нова: http:\/\/127\.0\.0\.1:\d+\/login\?code=/);
  await other.close();
});

test('settings are saved through the dialog and survive a reload', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Налаштування' }).click();
  const dialog = page.getByRole('dialog', { name: 'Налаштування' });
  await dialog.getByLabel('Ім’я та прізвище').fill('Олена Коваленко');
  await dialog.getByLabel('Роль', { exact: true }).selectOption('editor');
  await dialog.getByLabel('Адреса сайту').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Зберегти' }).click();
  await expect(dialog.getByLabel('Адреса сайту')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('потрібна повна адреса, що починається з https://')).toBeVisible();
  await dialog.getByLabel('Адреса сайту').fill('https://example.com.ua');
  await dialog.getByRole('button', { name: 'Зберегти' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await page.getByRole('button', { name: 'Налаштування' }).click();
  await expect(page.getByRole('dialog').getByLabel('Ім’я та прізвище')).toHaveValue('Олена Коваленко');
  await expect(page.getByRole('dialog').getByLabel('Роль', { exact: true })).toHaveValue('editor');
});

test('the main screen has no serious or critical accessibility violations', async ({ page, app }) => {
  await openApp(page, app);
  await expect(body(page)).toBeVisible();
  expect(await severeAxeViolations(page)).toEqual([]);
});

test('the interface switches to English and back through settings', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Налаштування' }).click();
  await page.getByRole('dialog').getByLabel('Мова інтерфейсу').selectOption('en');
  await page.getByRole('dialog').getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog').getByLabel('Interface language').selectOption('uk');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Нова стаття' })).toBeVisible();
});
