// The steps of the installed-app smoke test that happen in the page, shared with a browser-mode run of the
// same steps (test/e2e/installed-app-steps.spec.ts), so they are proven here before a release runner needs them.
import { expect, type Page } from '@playwright/test';

export const ROUNDTRIP_BODY = 'Перший абзац, набраний у встановленому застосунку.';

const library = (page: Page) => page.getByRole('listbox', { name: 'Бібліотека' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Creates an article, types its headline and a paragraph, and waits until the page says it is saved. */
export async function writeArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Нова стаття' }).first().click();
  await headline(page).fill(title);
  await body(page).click();
  await page.keyboard.type(ROUNDTRIP_BODY);
  await expect(page.locator('.save-state')).toContainText('Збережено', { timeout: 30_000 });
  await expect(library(page).getByRole('option', { name: new RegExp(escape(title)) })).toBeVisible();
}

/** The article is listed after a restart, and opening it shows what was typed. */
export async function expectArticleKept(page: Page, title: string): Promise<void> {
  const item = library(page).getByRole('option', { name: new RegExp(escape(title)) });
  await expect(item).toBeVisible();
  await item.click();
  await expect(headline(page)).toHaveValue(title);
  await expect(body(page)).toContainText(ROUNDTRIP_BODY);
}
