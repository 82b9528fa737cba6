import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import type { Article } from '../../../../shared/domain/article';
import type { EditorLibrary } from '../../editor/support/real-editor-api';

/** The article's folder in the library on disk. */
export function articleDir(library: EditorLibrary, id = library.articleId): string {
  return path.join(library.libraryPath, 'articles', id);
}

/** Another program (a colleague's sync, an editor) writes the article's file behind the app's back. */
export async function writeElsewhere(library: EditorLibrary, article: Article): Promise<void> {
  await writeFile(path.join(articleDir(library, article.id), 'article.json'), serializeArticle(article));
}

/** Another program removes the article's folder. */
export async function removeElsewhere(library: EditorLibrary, id = library.articleId): Promise<void> {
  await rm(articleDir(library, id), { recursive: true, force: true });
}
