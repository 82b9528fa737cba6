import { newestFirst, type ManifestEntry } from './site-manifest';
import { rfc822Date } from './site-dates';
import { escapeXml, XML_DECLARATION, xmlElement } from './xml';
import { SITE_LANGUAGE, SITE_WORDS } from './site-words';

export interface FeedChannel {
  /** The outlet's name: the channel's title. */
  title: string;
  /** The site's address (its front page). */
  link: string;
  /** The feed's own address, for `atom:link rel="self"` that feed validators ask for. */
  selfUrl: string;
}

/** Feed readers poll the newest items; older ones stay on the site, its rubric pages and its sitemap. */
export const FEED_ITEMS = 50;

/**
 * The site's RSS 2.0 feed: the newest articles, each with its headline, address, teaser, rubric, date and
 * picture. The guid is the article's id, not its address, so a slug changed after publishing does not make
 * readers show the article twice.
 */
export function rssFeed(channel: FeedChannel, entries: readonly ManifestEntry[], builtAt: string): string {
  const items = newestFirst(entries)
    .slice(0, FEED_ITEMS)
    .map((entry) =>
      [
        '<item>',
        xmlElement('title', entry.headline),
        xmlElement('link', entry.url),
        `<guid isPermaLink="false">${escapeXml(entry.articleId)}</guid>`,
        xmlElement('pubDate', rfc822Date(entry.publishedAt)),
        xmlElement('description', entry.teaser),
        xmlElement('category', entry.rubric),
        entry.image
          ? `<enclosure url="${escapeXml(entry.image.url)}" length="${entry.image.bytes}" type="${escapeXml(entry.image.mime)}"/>`
          : '',
        '</item>',
      ].join(''),
    );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    xmlElement('title', channel.title),
    xmlElement('link', channel.link),
    xmlElement('description', `${SITE_WORDS.latest}: ${channel.title}`),
    xmlElement('language', SITE_LANGUAGE),
    xmlElement('lastBuildDate', rfc822Date(builtAt)),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel></rss>',
    '',
  ].join('\n');
}
