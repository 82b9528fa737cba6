import type { Page } from '@playwright/test';
import type { EditorView } from '@tiptap/pm/view';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';

/**
 * The body's toolbar, bubble menu, link editor, shortcuts and Markdown-style typing, in Chromium.
 * Each test starts from a fresh, empty article.
 */

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Форматування тексту' });
const tool = (page: Page, name: string) => toolbar(page).getByRole('button', { name, exact: true });

async function openEmptyArticle(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue('');
  await body(page).click();
}

test('the toolbar is one Tab stop with Ukrainian buttons; arrows move along it', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await expect(tool(page, 'Жирний')).toHaveAttribute('title', 'Жирний (Ctrl+B)');
  await expect(tool(page, 'Жирний')).toHaveAttribute('aria-pressed', 'false');
  await expect(tool(page, 'Скасувати')).toHaveAttribute('aria-disabled', 'true');

  // Alt+F10 from the text, arrows along, Escape back.
  await page.keyboard.press('Alt+F10');
  await expect(tool(page, 'Звичайний абзац')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tool(page, 'Заголовок 2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(body(page)).toBeFocused();
});

test('Markdown-style typing: headings, lists, quote, divider, bold, italic, strike', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await page.keyboard.type('## Підзаголовок');
  await page.keyboard.press('Enter');
  await page.keyboard.type('### Менший');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- пункт');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. перший');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Цитата');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('---');
  await page.keyboard.type('Це **важливо**, це *тихо*, а це ~~застаріло~~ ');

  await expect(body(page).locator('h2')).toHaveText('Підзаголовок');
  await expect(body(page).locator('h3')).toHaveText('Менший');
  await expect(body(page).locator('ul > li')).toHaveText('пункт');
  await expect(body(page).locator('ol > li')).toHaveText('перший');
  await expect(body(page).locator('blockquote')).toContainText('Цитата');
  await expect(body(page).locator('hr')).toHaveCount(1);
  await expect(body(page).locator('strong')).toHaveText('важливо');
  await expect(body(page).locator('em')).toHaveText('тихо');
  await expect(body(page).locator('s')).toHaveText('застаріло');
});

/**
 * A new article with 300 paragraphs and a last one pasted into its body (far more than a screen, past
 * block-window's MIN_BLOCKS), the caret back at its start.
 */
async function openLongArticle(page: Page, app: BrowserModeApp): Promise<void> {
  await openEmptyArticle(page, app);
  const paragraphs = Array.from(
    { length: 300 },
    (_, i) => `<p>Абзац ${i + 1}. ${'Текст новини з області. '.repeat(8)}</p>`,
  );
  await body(page).evaluate(
    (target, html) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', html);
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    `${paragraphs.join('')}<p>Останній абзац статті.</p>`,
  );
  await expect(body(page).locator('p').last()).toHaveText('Останній абзац статті.');
  await page.keyboard.press('Control+Home');
}

/**
 * How each of the body's paragraphs is drawn, a letter each: o(ut of the page, display: none), else the first
 * letter of its content-visibility: a(uto), v(isible).
 */
const drawing = (page: Page) =>
  body(page).evaluate((element) =>
    [...element.querySelectorAll(':scope > p')]
      .map((p) => {
        const style = getComputedStyle(p);
        return style.display === 'none' ? 'o' : style.contentVisibility[0];
      })
      .join(''),
  );

/** Indexes of the body's paragraphs that are at least partly on the screen. */
const onScreen = (page: Page) =>
  body(page).evaluate((element) =>
    [...element.querySelectorAll(':scope > p')].flatMap((p, index) => {
      const { top, bottom } = p.getBoundingClientRect();
      return bottom > 0 && top < innerHeight ? [index] : [];
    }),
  );

test('in a long article Ctrl+End reaches the very end, though its last paragraph was never drawn', async ({
  page,
  app,
}) => {
  // Long enough that the end is far below the screen: the browser has not drawn it (content-visibility).
  await openLongArticle(page, app);
  await expect(body(page).locator('p').first()).toBeInViewport();

  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Кінець.');
  await expect(body(page).locator('p').last()).toHaveText('Останній абзац статті. Кінець.');
  await expect(body(page).locator('p').last()).toBeInViewport();

  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Спершу. ');
  await expect(body(page).locator('p').first()).toHaveText(/^Спершу\. Абзац 1\./);
  await page.keyboard.press('Control+Shift+End');
  await expect
    .poll(() => page.evaluate(() => getSelection()?.toString().trimEnd().endsWith('Останній абзац статті. Кінець.')))
    .toBe(true);
});

test('toolbar and keys format the selection; undo and redo', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await page.keyboard.type('Слово');
  await page.keyboard.press('Shift+Home');
  await tool(page, 'Жирний').click();
  await expect(body(page).locator('strong')).toHaveText('Слово');
  await expect(tool(page, 'Жирний')).toHaveAttribute('aria-pressed', 'true');
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Control+i');
  await expect(body(page).locator('em')).toHaveText('Слово');

  await page.keyboard.press('Control+z');
  await expect(body(page).locator('em')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(body(page).locator('em')).toHaveText('Слово');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(body(page).locator('em')).toHaveText('Слово');
  await tool(page, 'Скасувати').click();
  await expect(body(page).locator('em')).toHaveCount(0);
  await tool(page, 'Повторити').click();
  await expect(body(page).locator('em')).toHaveText('Слово');
});

test('a selection shows the bubble menu', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await page.keyboard.type('Перше речення статті');
  await page.keyboard.press('Shift+Home');
  const bubble = page.getByRole('toolbar', { name: 'Форматування виділеного' });
  await expect(bubble).toBeVisible();
  await bubble.getByRole('button', { name: 'Курсив' }).click();
  await expect(body(page).locator('em')).toHaveText('Перше речення статті');
  await page.keyboard.press('End');
  await expect(bubble).toBeHidden();
});

test('Ctrl+K in the body edits a link; elsewhere it still goes to the library search', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await page.keyboard.type('Читайте на сайті');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  // ProseMirror learns of a keyboard selection from Chromium's selectionchange, which a loaded machine can
  // deliver after the next key: wait until the editor holds the selection, as a journalist sees it.
  await expect
    .poll(() =>
      body(page).evaluate((el) => {
        const { state } = (el as HTMLElement & { editor: { state: { selection: { from: number; to: number } } } })
          .editor;
        return state.selection.to - state.selection.from;
      }),
    )
    .toBe('сайті'.length);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Додати посилання' });
  const address = dialog.getByRole('textbox', { name: 'Адреса' });
  await expect(address).toBeFocused();

  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(/небезпечне/);
  await expect(body(page).locator('a')).toHaveCount(0);

  await address.fill('example.com');
  await address.press('Enter');
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://example.com/');
  await expect(body(page).locator('a')).toHaveText('сайті');
  await expect(body(page)).toBeFocused();

  // The caret in the link (before its last letter): Ctrl+K edits it, and it can be removed.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+k');
  const edit = page.getByRole('dialog', { name: 'Змінити посилання' });
  await expect(edit.getByRole('textbox', { name: 'Адреса' })).toHaveValue('https://example.com/');
  await edit.getByRole('button', { name: 'Прибрати посилання' }).click();
  await expect(body(page).locator('a')).toHaveCount(0);

  // Outside the body Ctrl+K is the library search, as before.
  await page.getByRole('textbox', { name: 'Заголовок' }).click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Пошук у бібліотеці' })).toBeFocused();
});

test('Ctrl+/ and F1 open the shortcuts sheet; Escape closes it and the focus returns', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await page.keyboard.press('Control+Slash');
  const sheet = page.getByRole('dialog', { name: 'Гарячі клавіші' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 3 })).toHaveText([
    'Текст',
    'Блоки',
    'Стаття',
    'Пошук і заміна',
    'Бібліотека',
  ]);
  await expect(sheet.getByRole('row', { name: /Жирний/ })).toContainText('Ctrl+B');

  expect(await severeAxeViolations(page, ['.shortcut-help'])).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(body(page)).toBeFocused();

  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await tool(page, 'Гарячі клавіші').click();
  await expect(sheet).toBeVisible();
});

test('the toolbar and the link editor pass axe', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await page.keyboard.type('Текст');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Додати посилання' })).toBeVisible();
  expect(await severeAxeViolations(page, ['.editor-toolbar', '.link-editor'])).toEqual([]);
});

test('a long article takes out of the page what is far from the screen, and puts it back as it scrolls near', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
  // The top is drawn; the paragraphs far below are out of the page, and cost Chromium nothing on a keystroke.
  await expect.poll(async () => (await drawing(page)).slice(0, 5)).toBe('vaaaa');
  await expect.poll(async () => (await drawing(page)).slice(200)).toMatch(/^o+$/);

  await page.keyboard.press('Control+End');
  await expect.poll(async () => (await drawing(page)).at(-1)).toBe('v');
  await expect.poll(async () => (await drawing(page)).slice(0, 100)).toMatch(/^o+$/);

  // Scrolling up with the wheel, screen by screen: whatever comes onto the screen is there and drawn…
  await body(page).hover();
  const firstShown = async () => (await onScreen(page))[0] ?? -1;
  const bottomShown = await firstShown();
  // Paragraphs out of the page have no box: what would show them is a stretch of the screen with no text.
  const blankOnScreen = () =>
    body(page).evaluate((element) => {
      const editor = element.getBoundingClientRect();
      const from = Math.max(0, editor.top);
      const to = Math.min(innerHeight, editor.bottom);
      const covered = [...element.children]
        .map((block) => block.getBoundingClientRect())
        .filter((rect) => rect.height > 0 && rect.bottom > from && rect.top < to)
        .sort((a, b) => a.top - b.top);
      let reached = from;
      let widest = 0;
      for (const rect of covered) {
        widest = Math.max(widest, rect.top - reached);
        reached = Math.max(reached, rect.bottom);
      }
      return Math.round(Math.max(widest, to - reached));
    });
  // …and the one just above the screen is already in the page, before it is scrolled to.
  const paragraphAboveIsIn = async () => {
    const [shown, states] = await Promise.all([onScreen(page), drawing(page)]);
    const first = shown[0] ?? 0;
    return first === 0 || states[first - 1] !== 'o';
  };
  for (let screen = 0; screen < 8; screen += 1) {
    const before = await firstShown();
    await page.mouse.wheel(0, -700);
    await expect.poll(firstShown).toBeLessThan(before);
    expect(await blankOnScreen()).toBeLessThan(60);
    await expect.poll(paragraphAboveIsIn).toBe(true);
  }
  expect(await firstShown()).toBeLessThan(bottomShown - 20);

  // The text is all there for the editor whatever is drawn: typing at the top and selecting all still work.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Спершу. ');
  await expect(body(page).locator('p').first()).toHaveText(/^Спершу\. Абзац 1\./);
});

test('the caret is never left under the sticky toolbar: not by the arrow keys, not by typing far from it', async ({
  page,
  app,
}) => {
  await openLongArticle(page, app);
  const column = page.locator('.editor-column');
  /**
   * The caret's top and bottom as the editor places it (at the end of a wrapped line the DOM range would give the
   * line before), the stuck toolbar's bottom and the column's, on the screen (px).
   */
  const where = () =>
    body(page).evaluate((element) => {
      const { view } = (element as HTMLElement & { editor: { view: EditorView } }).editor;
      const caret = view.coordsAtPos(view.state.selection.head, 1);
      const toolbar = document.querySelector('.editor-toolbar')!.getBoundingClientRect();
      const box = document.querySelector('.editor-column')!.getBoundingClientRect();
      return { top: caret.top, bottom: caret.bottom, toolbar: toolbar.bottom, end: box.bottom };
    });
  const clearOfToolbar = async () => {
    const { top, bottom, toolbar, end } = await where();
    return top >= toolbar && bottom <= end;
  };

  // Scrolled well down, the caret put on the first line below the toolbar, then moved up line by line.
  await column.evaluate((element) => (element.scrollTop = 4000));
  const { toolbar } = await where();
  await page.mouse.click(450, toolbar + 12);
  for (let line = 0; line < 6; line += 1) {
    await page.keyboard.press('ArrowUp');
    await expect.poll(clearOfToolbar).toBe(true);
  }

  // Scrolled away so that the caret is far above the screen, then a letter typed: it comes back below the toolbar.
  await column.evaluate((element) => (element.scrollTop += 3000));
  await page.keyboard.type('ж');
  await expect.poll(clearOfToolbar).toBe(true);
  // And from far below the screen, it comes back above the column's bottom.
  await column.evaluate((element) => (element.scrollTop -= 6000));
  await page.keyboard.type('ж');
  await expect.poll(clearOfToolbar).toBe(true);
});
