import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect } from './browser-mode';
import { holdRequests } from './held-requests';

/** The headline of the version that "another machine" writes into the article's file. */
export const OTHER_VERSION_HEADLINE = 'Версія з іншого комп’ютера';
/** What the other machine's version puts at the start of the first paragraph, where the page types too. */
export const OTHER_VERSION_PARAGRAPH = 'Інша правка.';

/**
 * Types `text` at the start of the body while another machine's version of the article (headline
 * OTHER_VERSION_HEADLINE, and its own change to the same first paragraph) lands in `file` before the autosave
 * reaches the host: that save is refused, the two do not merge (one paragraph changed two ways), and the page
 * says the article changed outside the window.
 */
export async function typeIntoDiskConflict(page: Page, file: string, text: string): Promise<void> {
  const article = JSON.parse(await readFile(file, 'utf8'));
  const saves = await holdRequests(page, '**/api/article.save');
  await page.getByRole('textbox', { name: 'Текст статті' }).locator('p').first().click();
  await page.keyboard.type(text);
  article.headline = OTHER_VERSION_HEADLINE;
  const first = article.body.content[0].content[0];
  first.text = `${OTHER_VERSION_PARAGRAPH} ${first.text}`;
  await writeFile(file, `${JSON.stringify(article, null, 2)}\n`);
  saves.release(); // the other version is on disk before the save reaches the host
  await expect(page.getByText('Статтю змінено поза цим вікном', { exact: true })).toBeVisible();
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'conflict');
}
