import type { Page } from '@playwright/test';
import type { EditorView } from '@tiptap/pm/view';
import { expect, test, type BrowserModeApp } from './browser-mode';

/** The body's edges: the focus bar beside the text, and the sticky toolbar above it. */

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });

async function openEmptyArticle(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Нова стаття' }).click();
  await expect(page.getByRole('textbox', { name: 'Заголовок' })).toHaveValue('');
  await body(page).click();
}

/**
 * The focus bar as drawn: the box (page px) of the pixels of the focus colour (#0b5cad) in the strip left of
 * the body, read from a screenshot, so that whatever draws the bar is measured as a person sees it.
 */
async function focusBar(page: Page, strip: { x: number; y: number; width: number; height: number }) {
  const png = (await page.screenshot({ clip: strip })).toString('base64');
  return page.evaluate(
    async ({ data, width, height }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, width, height);
      const pixels = context.getImageData(0, 0, width, height).data;
      let right = -1;
      let top = Infinity;
      let bottom = -1;
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const at = (y * width + x) * 4;
          const near =
            Math.abs(pixels[at]! - 0x0b) + Math.abs(pixels[at + 1]! - 0x5c) + Math.abs(pixels[at + 2]! - 0xad) < 60;
          if (!near) continue;
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
      return right < 0 ? null : { right: right + 1, top, bottom: bottom + 1 };
    },
    { data: png, width: Math.round(strip.width), height: Math.round(strip.height) },
  );
}

test('the focus bar keeps a gap from the text and ends with the body', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await page.keyboard.type('Перший абзац новини.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Другий абзац новини.');
  await expect(body(page)).toBeFocused();
  // The strip below is 440 px tall: it must lie within the window, or the screenshot is taken beyond it (a
  // resized page, laid out again). The workflow bar above the text moved the text down; bring it up first.
  await body(page).evaluate((element) => element.scrollIntoView({ block: 'start' }));

  const box = (await body(page).boundingBox())!;
  const lastLine = await body(page).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element.querySelectorAll('p')[1]!);
    return range.getBoundingClientRect().bottom;
  });
  const strip = { x: box.x - 24, y: box.y, width: 24, height: Math.max(box.height, 400) + 40 };
  const bar = await focusBar(page, strip);
  expect(bar).not.toBeNull();
  // A gap of at least 6 px between the bar and the text's left edge.
  expect(box.x - (strip.x + bar!.right)).toBeGreaterThanOrEqual(6);
  // No further than a line's spacing below the last line.
  expect(strip.y + bar!.bottom).toBeLessThanOrEqual(lastLine + 12);
});

test('a click below the text puts the caret at its end', async ({ page, app }) => {
  await openEmptyArticle(page, app);
  await page.keyboard.type('Один абзац.');
  await page.getByRole('textbox', { name: 'Заголовок' }).click();
  const box = (await body(page).boundingBox())!;
  await page.mouse.click(box.x + 200, box.y + box.height + 120);
  // The click is taken when the page has handled it: a key typed before that goes to the page, not the text.
  await expect(body(page)).toBeFocused();
  await page.keyboard.type(' Кінець.');
  await expect(body(page).locator('p').first()).toHaveText('Один абзац. Кінець.');
});

test('the stuck toolbar shows no text above it, and a click on a half-covered line brings the line out', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await openEmptyArticle(page, app);
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) => `<p>Абзац ${i + 1}. ${'Текст новини з області. '.repeat(8)}</p>`,
  );
  await body(page).evaluate((target, html) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', html);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, paragraphs.join(''));
  const column = page.locator('.editor-column');
  await column.evaluate((element) => (element.scrollTop = 1500));

  const edges = () =>
    page.evaluate(() => ({
      column: document.querySelector('.editor-column')!.getBoundingClientRect().top,
      toolbar: document.querySelector('.editor-toolbar')!.getBoundingClientRect(),
    }));
  // Stuck, the toolbar sits at the column's very top: no strip of text scrolls by above it.
  await expect
    .poll(async () => {
      const { column: top, toolbar } = await edges();
      return Math.round(toolbar.top - top);
    })
    .toBe(0);

  /** The caret's (or a text position's) glyph box on the screen, as the editor places it. */
  const caretBox = (at?: { left: number; top: number }) =>
    body(page).evaluate((element, point) => {
      const { view } = (element as HTMLElement & { editor: { view: EditorView } }).editor;
      const pos = point ? view.posAtCoords(point)!.pos : view.state.selection.head;
      const { top, bottom } = view.coordsAtPos(pos, 1);
      return { top, bottom };
    }, at);

  // Scrolled so that a line's upper part is under the toolbar and its lower part shows, then clicked there.
  const { toolbar } = await edges();
  const x = toolbar.left + 200;
  const line = await caretBox({ left: x, top: toolbar.bottom + 3 });
  await column.evaluate((element, by) => (element.scrollTop += by), line.top - (toolbar.bottom - 6));
  const half = await caretBox({ left: x, top: toolbar.bottom + 3 });
  expect(half.top).toBeLessThan(toolbar.bottom);
  await page.mouse.click(x, toolbar.bottom + 3);
  await expect.poll(async () => (await caretBox()).top).toBeGreaterThanOrEqual(toolbar.bottom);
});
