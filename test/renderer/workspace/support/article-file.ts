import type { ArticleFile } from '../../../../shared/api/contract';
import { newArticle, type Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';

/** An article file as `article.get` answers it, with these fields and these body paragraphs. */
export function articleFile(fields: Partial<Article> = {}, paragraphs: string[] = []): ArticleFile {
  const article = newArticle('article-under-test', '2026-01-01T00:00:00.000Z', {
    body: docFromParagraphs(paragraphs),
    ...fields,
  });
  return { article, hash: 'hash-on-disk', unsupported: null };
}
