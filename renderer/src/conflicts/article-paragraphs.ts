import type { Article } from '../../../shared/domain/article';
import { docToPlainText } from '../../../shared/domain/doc-text';

/** An article as the paragraphs people compare: headline and lead first, marked, then the body. */
export function articleParagraphs(
  article: Pick<Article, 'headline' | 'lead' | 'body'>,
  labels: { headline: string; lead: string },
): string[] {
  const body = docToPlainText(article.body)
    .split('\n\n')
    .filter((paragraph) => paragraph.trim() !== '');
  return [`${labels.headline}: ${article.headline}`, `${labels.lead}: ${article.lead}`, ...body];
}
