import { newestFirst, type ManifestEntry } from './site-manifest';
import { w3cDate } from './site-dates';
import { XML_DECLARATION, xmlElement } from './xml';
import { SITE_LANGUAGE } from './site-words';

export interface SitemapInput {
  /** The outlet's name as Google News knows it: `news:publication/news:name`. */
  publicationName: string;
  entries: readonly ManifestEntry[];
  /** Addresses of the site's own pages (front page, rubric pages), listed without news tags. */
  pages: readonly string[];
  builtAt: string;
}

/**
 * Google News reads only articles of the last two days from a sitemap and at most 1,000 of them; older
 * articles keep their `<url>` (ordinary search still finds them) without the news tags.
 * https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
 */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_MAX = 1000;

/** One file holds at most 50,000 addresses (the sitemaps protocol); a larger site needs a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000;

function newsTags(entry: ManifestEntry, publicationName: string): string {
  return [
    '<news:news><news:publication>',
    xmlElement('news:name', publicationName),
    xmlElement('news:language', SITE_LANGUAGE),
    '</news:publication>',
    xmlElement('news:publication_date', w3cDate(entry.publishedAt)),
    xmlElement('news:title', entry.headline),
    '</news:news>',
  ].join('');
}

/** `sitemap.xml`: every page of the site, newest articles first, the recent ones with Google News tags. */
export function newsSitemap({ publicationName, entries, pages, builtAt }: SitemapInput): string {
  const since = Date.parse(builtAt) - NEWS_WINDOW_MS;
  let news = 0;
  const articleUrls = newestFirst(entries).map((entry) => {
    const recent = news < NEWS_MAX && Date.parse(entry.publishedAt) >= since;
    if (recent) news += 1;
    return `<url>${xmlElement('loc', entry.url)}${xmlElement('lastmod', w3cDate(entry.updatedAt))}${recent ? newsTags(entry, publicationName) : ''}</url>`;
  });
  const pageUrls = pages.map((url) => `<url>${xmlElement('loc', url)}${xmlElement('lastmod', w3cDate(builtAt))}</url>`);
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...[...pageUrls, ...articleUrls].slice(0, SITEMAP_MAX_URLS),
    '</urlset>',
    '',
  ].join('\n');
}
