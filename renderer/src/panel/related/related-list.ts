import type { LibraryCard } from '../../../../shared/api/contract';
import { RelatedArticleSchema, type Article } from '../../../../shared/domain/article';

export type RelatedArticle = Article['related'][number];

/** As many as article.json keeps (ArticleSchema: related max 20). */
export const RELATED_LIMIT = 20;

/** Who an entry is: the library article it names, else its outside address. */
export function relatedKey(item: RelatedArticle): string {
  return item.articleId !== undefined ? `id:${item.articleId}` : `url:${item.url ?? ''}`;
}

/** The library articles the list names: never suggested again. */
export function listedIds(related: readonly RelatedArticle[]): string[] {
  return related.flatMap((item) => (item.articleId === undefined ? [] : [item.articleId]));
}

/** The list with `item` at the end; unchanged when it is there already or the list is full. */
export function addRelated(related: readonly RelatedArticle[], item: RelatedArticle): RelatedArticle[] {
  if (related.length >= RELATED_LIMIT || related.some((other) => relatedKey(other) === relatedKey(item))) {
    return [...related];
  }
  return [...related, item];
}

/** The list with the entry at `index` one place up (-1) or down (1); unchanged at either end. */
export function moveRelated(related: readonly RelatedArticle[], index: number, step: -1 | 1): RelatedArticle[] {
  const target = index + step;
  const next = [...related];
  if (index < 0 || index >= next.length || target < 0 || target >= next.length) return next;
  const [item] = next.splice(index, 1);
  if (item) next.splice(target, 0, item);
  return next;
}

export function removeRelated(related: readonly RelatedArticle[], index: number): RelatedArticle[] {
  return related.filter((_, at) => at !== index);
}

/**
 * A library article as the list keeps it: by id (its page address follows its slug when published), with
 * copies of the headline, the date the page prints (publish time, else last change, as the body's
 * «Читайте також» block does) and the teaser.
 */
export function relatedFromCard(card: LibraryCard): RelatedArticle {
  return {
    articleId: card.id,
    headline: card.headline,
    publishedAt: card.publishAt ?? card.updatedAt,
    teaser: card.teaser,
  };
}

/** What is wrong with a typed link, as the catalogue words it. */
export type LinkProblem = 'related.linkBadUrl' | 'related.linkNoHeadline' | 'related.linkTwice';

export type OutsideLink =
  { ok: true; item: RelatedArticle } | { ok: false; problem: LinkProblem; field: 'url' | 'headline' };

/** An article outside the library, as typed: an http(s) address and a headline, both required. */
export function outsideLink(url: string, headline: string, related: readonly RelatedArticle[]): OutsideLink {
  const address = url.trim();
  let parsed: URL | null = null;
  try {
    parsed = new URL(address);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return { ok: false, problem: 'related.linkBadUrl', field: 'url' };
  }
  const title = headline.replace(/\s+/g, ' ').trim().slice(0, 1000);
  if (!title) return { ok: false, problem: 'related.linkNoHeadline', field: 'headline' };
  const item = RelatedArticleSchema.safeParse({ url: parsed.href, headline: title, teaser: '' });
  if (!item.success) return { ok: false, problem: 'related.linkBadUrl', field: 'url' };
  if (related.some((other) => other.url === item.data.url)) {
    return { ok: false, problem: 'related.linkTwice', field: 'url' };
  }
  return { ok: true, item: item.data };
}
