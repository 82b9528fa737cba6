import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { severeAxeViolations } from './axe';
import { expect, test, type BrowserModeApp } from './browser-mode';
import { pasteInto } from './clipboard';

const SAMPLE_HEADLINE = /Редакція перейшла на «Шпальту»/;
const FIXTURES = path.resolve('test/fixtures/paste');

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const saveState = (page: Page) => page.locator('.save-state');
const preview = (page: Page) => page.frameLocator('iframe[title="Сторінка статті, як її покаже сайт"]');
const sample = (name: string) => readFile(path.join(FIXTURES, name), 'utf8');

async function openSample(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(
    page.getByRole('listbox', { name: 'Бібліотека' }).getByRole('option', { name: SAMPLE_HEADLINE }),
  ).toBeVisible();
  await body(page).locator('p').last().click();
  await page.keyboard.press('ControlOrMeta+End');
}

const paste = (page: Page, flavours: Record<string, string>) => pasteInto(body(page), flavours);

/**
 * Clicks a cell until the caret is in it. With Chromium 156 a click on a cell moments after typing in another
 * sometimes leaves the caret where it was (seen in about half the runs, not yet explained); what is tested
 * here is what Tab does from the cell.
 */
async function clickInto(page: Page, cell: Locator, text: string): Promise<void> {
  const caretCell = () =>
    page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('td, th')?.textContent ?? '');
  await expect(async () => {
    await cell.click();
    expect(await caretCell()).toContain(text);
  }).toPass({ timeout: 10_000 });
}

async function savedBody(app: BrowserModeApp): Promise<string> {
  const dir = path.join(app.libraryPath, 'articles');
  const [id] = await readdir(dir);
  const article = JSON.parse(await readFile(path.join(dir, id as string, 'article.json'), 'utf8'));
  return JSON.stringify(article.body);
}

test('tables pasted from Google Docs and LibreOffice keep their rows and header, take Tab, show in the preview and survive a reload', async ({
  page,
  app,
}) => {
  await openSample(page, app);
  await paste(page, { 'text/html': await sample('google-docs/table-schedule.html'), 'text/plain': 'x' });
  await paste(page, { 'text/html': await sample('libreoffice/table-rates-7.6-linux.html'), 'text/plain': 'x' });

  const schedule = body(page).locator('table', { hasText: 'Черга' });
  const rates = body(page).locator('table', { hasText: 'Валюта' });
  await expect(schedule.locator('tr')).toHaveCount(3);
  await expect(schedule.locator('tr').first().locator('td')).toHaveCount(4);
  // The numbers Docs wrote as headings inside cells are cell text, not headings of the article.
  await expect(body(page).locator('h2', { hasText: /^\s*[12]\s*$/ })).toHaveCount(0);
  await expect(rates.locator('th')).toHaveCount(3);
  await expect(page.getByRole('textbox', { name: 'Назва таблиці' }).nth(1)).toHaveValue('Курси валют, грн');

  // Tab moves to the next cell and selects its text; Tab in the last cell adds a row.
  await clickInto(page, schedule.locator('td', { hasText: 'Черга' }), 'Черга');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Зранку');
  await expect(schedule.locator('tr').first().locator('td').nth(1)).toHaveText('Зранку');
  await clickInto(page, schedule.locator('td', { hasText: 'уточнюється' }), 'уточнюється');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Черга 3');
  await expect(schedule.locator('tr')).toHaveCount(4);
  await expect(schedule.locator('tr').last().locator('td').first()).toHaveText('Черга 3');

  await page.getByText('Перегляд сторінки', { exact: true }).click();
  const shown = preview(page).locator('figure.table');
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(1).locator('figcaption')).toHaveText('Курси валют, грн');
  await expect(shown.nth(1).locator('thead th[scope="col"]')).toHaveCount(3);
  await expect(shown.first().locator('tbody tr')).toHaveCount(4);
  await expect(shown.first()).toContainText('Черга 3');
  // On a phone the wide table scrolls sideways in its own box; the page itself does not.
  await page.getByRole('radio', { name: 'Телефон' }).check();
  const widths = () =>
    shown.first().evaluate((figure) => {
      const page = figure.ownerDocument.documentElement;
      const box = figure.querySelector('.table-scroll') as HTMLElement;
      return { page: page.scrollWidth - page.clientWidth, box: box.scrollWidth - box.clientWidth };
    });
  await expect.poll(async () => (await widths()).box).toBeGreaterThan(0);
  expect((await widths()).page).toBe(0);

  await expect.poll(async () => savedBody(app)).toContain('Черга 3');
  await expect(saveState(page)).toHaveText(/Збережено о/);
  const saved = await savedBody(app);
  expect(saved.match(/"type":"table"/g)).toHaveLength(2);
  expect(saved).toContain('"type":"tableHeader"');
  expect(saved).not.toMatch(/colwidth|sdval|style/);

  await page.reload();
  await page.getByRole('option', { name: SAMPLE_HEADLINE }).click();
  await expect(body(page).locator('table')).toHaveCount(2);
  await expect(body(page).locator('table', { hasText: 'Черга 3' }).locator('tr')).toHaveCount(4);
  await expect(body(page).locator('table', { hasText: 'Валюта' }).locator('th')).toHaveCount(3);
});

test('a table inserted from the toolbar has a header row, a labelled caption reached by keyboard, and no serious axe findings', async ({
  page,
  app,
}) => {
  await openSample(page, app);
  await page.getByRole('button', { name: 'Вставити', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Таблиця' }).click();
  const table = body(page).locator('table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('th')).toHaveCount(3);

  await page.keyboard.type('Кандидат');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Голоси');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const caption = page.getByRole('textbox', { name: 'Назва таблиці' });
  await expect(caption).toBeFocused();
  await page.keyboard.type('Результати виборів');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();

  // ↓ from the last row leaves the table for the line after it. The caret must be in that row first: a click
  // landing while the caption's change is drawn can leave it where it was (seen once in four runs).
  await expect(async () => {
    await table.locator('tr').last().locator('td').first().click();
    expect(await page.evaluate(caretInLastRow)).toBe(true);
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Після таблиці');
  await expect(body(page).locator('p', { hasText: 'Після таблиці' })).toHaveCount(1);
  await expect(table).not.toContainText('Після таблиці');

  const controls = page.getByRole('group', { name: 'Рядки і стовпці таблиці' });
  await controls.getByRole('button', { name: 'Додати стовпець' }).click();
  await expect(table.locator('tr').first().locator('th')).toHaveCount(4);
  await expect(controls.getByRole('button', { name: 'Рядок заголовків' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByText('Перегляд сторінки', { exact: true }).click();
  await expect(preview(page).locator('figure.table figcaption')).toHaveText('Результати виборів');
  await expect(preview(page).locator('figure.table thead th').first()).toHaveText('Кандидат');

  expect(await severeAxeViolations(page, ['.table-figure'])).toEqual([]);
});

/** Whether the caret is in the last row of its table (run in the page). */
function caretInLastRow(): boolean {
  const node = document.getSelection()?.anchorNode ?? null;
  const row = (node instanceof Element ? node : node?.parentElement)?.closest('tr');
  return row ? row === row.parentElement?.lastElementChild : false;
}
