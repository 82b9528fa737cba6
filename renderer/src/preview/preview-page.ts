import type { Article } from '../../../shared/domain/article';
import type { Settings } from '../../../shared/settings/schema';
import { articlePageUrl } from '../../../shared/site/page-url';
import { renderSitePage, type SiteMedia } from '../../../shared/site/site-page';

/**
 * The article's page as the site will show it, from what the window holds now. The outlet's profile gives
 * the site's address, pages and date style; a subscribe call and logo come with the outlet's page settings.
 */
export function previewPage(
  article: Article,
  outlet: Settings['outlet'],
  media: (src: string) => SiteMedia | null,
  /** A library article's slug, for the address of a «Читайте також» entry; null or undefined: no link. */
  slugOf: (articleId: string) => string | null | undefined = () => null,
): string {
  const url = articlePageUrl(outlet.siteUrl, article.slug, article.id);
  return renderSitePage({
    article,
    outlet: {
      name: outlet.name,
      siteUrl: outlet.siteUrl,
      logoUrl: '',
      telegramUrl: outlet.telegramUrl,
      facebookUrl: outlet.facebookUrl,
      subscribeText: '',
      dateStyle: outlet.dateStyle,
    },
    url,
    related: article.related.map(({ articleId, url: link, headline, publishedAt }) => ({
      url: link ?? relatedPageUrl(outlet.siteUrl, articleId, slugOf),
      headline,
      date: publishedAt ?? null,
    })),
    links: { media, articleUrl: () => null },
  });
}

/** A library article's page on the site: its slug (else its id) under the site's address. */
function relatedPageUrl(
  siteUrl: string,
  articleId: string | undefined,
  slugOf: (articleId: string) => string | null | undefined,
): string | null {
  if (articleId === undefined) return null;
  const slug = slugOf(articleId);
  return typeof slug === 'string' ? articlePageUrl(siteUrl, slug, articleId) : null;
}
