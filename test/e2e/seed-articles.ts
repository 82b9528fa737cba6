import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newArticle, type ArticleInput } from '../../shared/domain/article';
import { docFromParagraphs } from '../../shared/domain/doc';
import type { BrowserModeApp } from './browser-mode';

export type SeededArticle = { id: string; paragraphs: string[] } & Partial<ArticleInput>;

/** Articles written into the library folder as another machine's sync would leave them. */
export async function seedArticles(app: BrowserModeApp, articles: readonly SeededArticle[]): Promise<void> {
  for (const { id, paragraphs, ...fields } of articles) {
    const article = newArticle(id, '2025-12-01T09:00:00Z', { ...fields, body: docFromParagraphs(paragraphs) });
    const dir = path.join(app.libraryPath, 'articles', id);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'article.json'), `${JSON.stringify(article, null, 2)}\n`);
  }
}
