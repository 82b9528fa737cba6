import type { Article } from '../../../shared/domain/article';
import type { OutletState } from '../../../shared/api/contract';
import { articlePageUrl } from '../../../shared/site/page-url';
import { renderSitePage, type SiteMedia } from '../../../shared/site/site-page';

/**
 * The article's page as the site will show it, from what the window holds now. The library's outlet profile
 * gives the site's address, logo, pages, subscribe call and date style. The logo comes as a data: URL: the
 * preview frame has an opaque origin and loads nothing from the app.
 */
export function previewPage(
  article: Article,
  state: OutletState,
  media: (src: string) => SiteMedia | null,
  /** A library article's slug, for the address of a «Читайте також» entry; null or undefined: no link. */
  slugOf: (articleId: string) => string | null | undefined = () => null,
): string {
  const outlet = state.profile;
  const url = articlePageUrl(outlet.siteUrl, article.slug, article.id);
  return renderSitePage({
    article,
    outlet: {
      name: outlet.name,
      siteUrl: outlet.siteUrl,
      logoUrl: state.logoDataUrl ?? '',
      telegramUrl: outlet.social.telegram,
      facebookUrl: outlet.social.facebook,
      subscribeText: outlet.subscribeText,
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
