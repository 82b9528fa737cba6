import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { pasteInto } from './clipboard';

const SAMPLE_HEADLINE = /Редакція перейшла на «Шпальту»/;
const FIXTURES = path.resolve('test/fixtures/paste');

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const saveState = (page: Page) => page.locator('.save-state');

async function openSample(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(
    page.getByRole('listbox', { name: 'Бібліотека' }).getByRole('option', { name: SAMPLE_HEADLINE }),
  ).toBeVisible();
  // The caret at the end of the sample's text, where a journalist would paste (End alone ends only the
  // visual line of a wrapped paragraph).
  await body(page).locator('p').last().click();
  await page.keyboard.press('ControlOrMeta+End');
}

const paste = (page: Page, flavours: Record<string, string>) => pasteInto(body(page), flavours);

/**
 * The page's console errors from now on. Clipboard HTML is full of style attributes, and parsing it must
 * not trip the page's Content-Security-Policy (see inert-clipboard-html.ts).
 */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const sample = (name: string) => readFile(path.join(FIXTURES, name), 'utf8');

async function savedBody(app: BrowserModeApp): Promise<string> {
  const dir = path.join(app.libraryPath, 'articles');
  const [id] = await readdir(dir);
  const article = JSON.parse(await readFile(path.join(dir, id as string, 'article.json'), 'utf8'));
  return JSON.stringify(article.body);
}

test('Google Docs samples paste with their headings, lists and links, and the text is not all bold', async ({
  page,
  app,
}) => {
  await openSample(page, app);
  const errors = consoleErrors(page);
  await paste(page, { 'text/html': await sample('google-docs/headings-and-paragraphs.html'), 'text/plain': 'x' });
  await paste(page, { 'text/html': await sample('google-docs/lists.html'), 'text/plain': 'x' });
  await paste(page, { 'text/html': await sample('google-docs/inline-formatting.html'), 'text/plain': 'x' });

  // Headings: Docs' h1 and h2 become the body's h2, its h3 stays h3.
  await expect(body(page).locator('h2', { hasText: 'Heading 1' })).toBeVisible();
  await expect(body(page).locator('h2', { hasText: 'Heading 2' })).toBeVisible();
  await expect(body(page).locator('h3', { hasText: 'Heading 3' })).toBeVisible();
  // Lists, nested as in the document.
  await expect(body(page).locator('ul > li', { hasText: 'A bulleted' })).toBeVisible();
  await expect(body(page).locator('ul ul ul ol > li', { hasText: 'But numbered not bulleted!' })).toBeVisible();
  await expect(body(page).locator('ol > li', { hasText: 'A numbered' })).toBeVisible();
  // The link, with its address.
  await expect(body(page).getByRole('link', { name: /linked \(to GitHub\)/ })).toHaveAttribute(
    'href',
    'https://github.com/',
  );
  // Docs' <b id="docs-internal-guid-…"> wrapper made nothing bold: only the words Docs made bold are.
  await expect(body(page).locator('strong', { hasText: 'is bold' })).toHaveCount(1);
  for (const plain of ['This is a test of lists.', 'Some text.', 'A bulleted', 'Heading 1', 'or just italic']) {
    await expect(body(page).locator('strong', { hasText: plain })).toHaveCount(0);
  }
  await expect(body(page).locator('b, font, [style*="font-weight"], [id^="docs-internal-guid"]')).toHaveCount(0);

  await expect(saveState(page)).toHaveText(/Збережено о/);
  const saved = await savedBody(app);
  expect(saved).toContain('"type":"heading"');
  expect(saved).toContain('"type":"bulletList"');
  expect(saved).toContain('"href":"https://github.com/"');
  expect(saved).not.toContain('docs-internal-guid');
  expect(errors).toEqual([]);
});

test('pictures from Word are inserted only after the journalist agrees, from the clipboard’s RTF', async ({
  page,
  app,
}) => {
  await openSample(page, app);
  const errors = consoleErrors(page);
  await paste(page, {
    'text/html': await sample('word/images-constructed.html'),
    'text/rtf': await sample('word/images-constructed.rtf'),
    'text/plain': 'Перше зображення — PNG:\r\n\r\nДруге зображення — JPEG:\r\n',
  });
  const offer = page.getByRole('status', { name: 'Зображення зі вставленого тексту' });
  await expect(offer).toContainText('У вставленому тексті було 2 зображення з Word.');
  await expect(body(page)).toContainText('Перше зображення — PNG:');
  await expect(body(page)).toContainText('Друге зображення — JPEG:');
  await expect(body(page).locator('.figure-block')).toHaveCount(0);

  await offer.getByRole('button', { name: 'Вставити зображення' }).click();
  await expect(body(page).locator('.figure-block')).toHaveCount(2);
  await expect(offer).toBeHidden();

  // The status may still say «Збережено» from the paste's own save: wait for the file to hold both figures.
  await expect.poll(async () => (await savedBody(app)).match(/"type":"figure"/g)?.length ?? 0).toBe(2);
  await expect(saveState(page)).toHaveText(/Збережено о/);
  const saved = await savedBody(app);
  // The PNG under the first caption, the JPEG under the second. The first caption joined the paragraph
  // it was pasted into, so only its end is known.
  type Block = { type: string; attrs?: { src?: string }; content?: { text?: string }[] };
  const blocks = (JSON.parse(saved) as { content: Block[] }).content.map((block) =>
    block.type === 'figure'
      ? (block.attrs?.src ?? '').replace(/^media\/[0-9a-f]{64}\./, 'media/<sha256>.')
      : (block.content ?? []).map((run) => run.text ?? '').join(''),
  );
  const first = blocks.findIndex((text) => text.endsWith('Перше зображення — PNG:'));
  expect(first).toBeGreaterThanOrEqual(0);
  expect(blocks.slice(first + 1, first + 4)).toEqual([
    'media/<sha256>.png',
    'Друге зображення — JPEG:',
    'media/<sha256>.jpg',
  ]);
  expect(saved).not.toContain('file:');
  expect(errors).toEqual([]);
});

/** The href of every link in a saved body that points at `host`, in order. */
function savedHrefsTo(saved: string, host: string): string[] {
  const hrefs: string[] = [];
  JSON.parse(saved, (key, value: unknown) => {
    if (key === 'href' && typeof value === 'string' && value.includes(host)) hrefs.push(value);
    return value;
  });
  return hrefs;
}

test('an embed code pasted as text saves each address as its own link, ending before the quote', async ({
  page,
  app,
}) => {
  await openSample(page, app);
  const errors = consoleErrors(page);
  const code = '<a href="https://example.com/p/42">https://example.com/p/42</a>';
  await page.keyboard.press('Enter');
  await paste(page, { 'text/plain': code });
  await expect(body(page)).toContainText(code);
  await expect(body(page).getByRole('link', { name: 'https://example.com/p/42', exact: true })).toHaveCount(2);

  // Read from the saved file: what the published article would link to.
  await expect
    .poll(async () => savedHrefsTo(await savedBody(app), 'example.com'))
    .toEqual(['https://example.com/p/42', 'https://example.com/p/42']);
  expect(errors).toEqual([]);
});
