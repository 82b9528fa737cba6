import type { Article } from './article';
import { bodyTeaser } from '../share/fallbacks';
import { SHARE_LIMITS } from '../share/limits';
import { teaser } from '../text/teaser';

/**
 * The teaser a «Читайте також» entry keeps of a library article: its lead, else its first paragraph, cut as
 * the meta description is. The search index stores it beside each article, so suggestions and picks carry it
 * without reading the article's file.
 */
export function relatedTeaser(article: Pick<Article, 'lead' | 'body'>): string {
  const lead = article.lead.trim();
  return lead ? teaser(lead, SHARE_LIMITS.seoDescription.max) : bodyTeaser(article.body);
}
