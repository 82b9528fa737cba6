import type { Article } from '../../../shared/domain/article';
import type { OutletState } from '../../../shared/api/contract';
import { articlePageUrl } from '../../../shared/site/page-url';
import { renderSitePage, type SiteMedia } from '../../../shared/site/site-page';

/**
 * The article's page as the site will show it, from what the window holds now. The library's outlet profile
 * gives the site's address, logo, pages, subscribe call and date style. The logo comes as a data: URL: the
 * preview frame has an opaque origin and loads nothing from the app.
 */
export function previewPage(article: Article, state: OutletState, media: (src: string) => SiteMedia | null): string {
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
    related: article.related.map(({ url: link, headline, publishedAt }) => ({
      url: link ?? null,
      headline,
      date: publishedAt ?? null,
    })),
    links: { media, articleUrl: () => null },
  });
}
