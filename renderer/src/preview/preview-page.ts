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
    related: article.related.map(({ url: link, headline, publishedAt }) => ({
      url: link ?? null,
      headline,
      date: publishedAt ?? null,
    })),
    links: { media, articleUrl: () => null },
  });
}
