import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './browser-mode';

const body = (page: Page) => page.getByRole('textbox', { name: 'Текст статті' });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Заголовок' });
const saveState = (page: Page) => page.locator('.save-state');

const ID = 'hostile-e2e';
const HOSTILE = /javascript:|data:|file:|\\\\evil|smb:|"_top"|"evil"/;

/** An article file as a hand edit or another tool could leave it: the newest, so it opens at start. */
function hostileFile(): string {
  const link = (href: string) => [{ type: 'link', attrs: { href, class: 'evil', target: '_top' } }];
  const article = {
    schemaVersion: 1,
    id: ID,
    headline: 'Ворожий файл',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Перше речення', marks: link('javascript:alert(1)') }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Друге', marks: link('https://example.com/') }] },
        { type: 'figure', attrs: { src: 'file:///etc/passwd', alt: 'Опис', caption: '', credit: '' } },
        { type: 'embed', attrs: { provider: 'x', url: 'https://evil.example/post', id: '"><img src=x>' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'Останній абзац' }] },
      ],
    },
    featuredImage: { src: '\\\\evil\\share\\p.png', alt: '', caption: '', credit: '' },
    share: { title: '', description: '', image: 'data:image/png;base64,AAAA' },
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-01T00:00:00.000Z',
  };
  return `${JSON.stringify(article, null, 2)}\n`;
}

test('a hostile file opened, typed in and saved holds none of its hostile values', async ({ page, app }) => {
  const file = path.join(app.libraryPath, 'articles', ID, 'article.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, hostileFile());

  await page.goto(app.url);
  await expect(headline(page)).toHaveValue('Ворожий файл');
  await body(page).getByText('Останній абзац').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' і допис.');
  await expect(saveState(page)).toContainText('Збережено');

  const saved = await readFile(file, 'utf8');
  expect(saved).toContain('Останній абзац і допис.');
  expect(saved).not.toMatch(HOSTILE);
  // No word is lost: link texts, the safe link, the figure's alt text, an unknown embed's address as text.
  for (const word of ['Перше речення', 'Друге', 'https://example.com/', 'Опис', 'https://evil.example/post']) {
    expect(saved).toContain(word);
  }
  expect(saved).not.toContain('<img');
});
