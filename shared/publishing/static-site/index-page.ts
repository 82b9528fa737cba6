import type { DateStyle } from '../../settings/schema';
import { attributes, escapeText } from '../../site/html';
import { SITE_STYLES } from '../../site/site-styles';
import { formatDateTime, pageDateFormat } from '../../text/dates';
import { newestFirst, type ManifestEntry } from './site-manifest';
import { SITE_LANGUAGE, SITE_WORDS } from './site-words';

/** A rubric as the navigation links it. */
export interface RubricLink {
  name: string;
  url: string;
}

export interface IndexPageInput {
  outlet: { name: string; siteUrl: string; dateStyle: DateStyle };
  /** The page's own address (canonical). */
  url: string;
  /** The rubric this page lists, or null for the front page. */
  rubric: string | null;
  /** This page's articles, already the right slice of the list (see site-index-files). */
  entries: readonly ManifestEntry[];
  rubrics: readonly RubricLink[];
  feedUrl: string;
  /** Where the list goes on: the addresses of the newer and older pages, null at either end. */
  pages?: { number: number; newer: string | null; older: string | null };
}

/** The lists' own lines, beside the article page's stylesheet so both pages look like one site. */
const INDEX_STYLES = `
.rubrics ul{display:flex;flex-wrap:wrap;gap:8px 16px;list-style:none;margin:0;padding:0;font:14px/1.5 system-ui,sans-serif}
.rubrics h2{position:absolute;left:-10000px}
.entries{list-style:none;margin:0;padding:0}
.entries li{padding:16px 0;border-bottom:1px solid #e3e3e3;display:flow-root}
.entries h2{font-size:22px;margin:4px 0 6px}
.entries h2 a{color:inherit;text-decoration:none}
.entries img{float:right;width:160px;height:auto;margin:0 0 8px 16px}
.entries p{margin:0 0 6px}
.pages{display:flex;justify-content:space-between;gap:16px;font:15px/1.5 system-ui,sans-serif;margin:24px 0}
`;

function entryHtml(entry: ManifestEntry, style: DateStyle): string {
  const image = entry.image
    ? `<img${attributes({ src: entry.image.url, alt: entry.image.alt, width: entry.image.width, height: entry.image.height, loading: 'lazy', decoding: 'async' })}>`
    : '';
  return [
    '<li>',
    image,
    entry.rubric ? `<p class="rubric">${escapeText(entry.rubric)}</p>` : '',
    `<h2><a${attributes({ href: entry.url })}>${escapeText(entry.headline)}</a></h2>`,
    `<p class="meta"><time${attributes({ datetime: entry.publishedAt })}>${escapeText(formatDateTime(entry.publishedAt, pageDateFormat(style)))}</time></p>`,
    entry.teaser ? `<p>${escapeText(entry.teaser)}</p>` : '',
    '</li>',
  ].join('');
}

/**
 * A page of the front list (every article, newest first) or of a rubric's list: headline, date, teaser and
 * picture of each, the rubrics to move between, links to newer and older pages, the feed. Made from the
 * manifest alone.
 */
export function indexPageHtml({ outlet, url, rubric, entries, rubrics, feedUrl, pages }: IndexPageInput): string {
  const heading = rubric ?? SITE_WORDS.latest;
  const numbered = pages && pages.number > 1 ? ` — ${SITE_WORDS.page} ${pages.number}` : '';
  const title = `${rubric ? `${rubric} — ${outlet.name}` : outlet.name || SITE_WORDS.latest}${numbered}`;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<link${attributes({ rel: 'canonical', href: url })}>`,
    `<link${attributes({ rel: 'alternate', type: 'application/rss+xml', title: outlet.name || SITE_WORDS.feed, href: feedUrl })}>`,
    pages?.newer ? `<link${attributes({ rel: 'prev', href: pages.newer })}>` : '',
    pages?.older ? `<link${attributes({ rel: 'next', href: pages.older })}>` : '',
    `<style>${SITE_STYLES}${INDEX_STYLES}</style>`,
  ];
  const header = outlet.name
    ? `<header class="site-header"><a${attributes({ href: outlet.siteUrl })}>${escapeText(outlet.name)}</a></header>`
    : '';
  const nav = rubrics.length
    ? `<nav class="rubrics"${attributes({ 'aria-labelledby': 'rubrics' })}><h2 id="rubrics">${escapeText(SITE_WORDS.rubrics)}</h2><ul>${rubrics
        .map((link) => `<li><a${attributes({ href: link.url })}>${escapeText(link.name)}</a></li>`)
        .join('')}</ul></nav>`
    : '';
  const list = entries.length
    ? `<ul class="entries">${newestFirst(entries)
        .map((entry) => entryHtml(entry, outlet.dateStyle))
        .join('')}</ul>`
    : `<p>${escapeText(SITE_WORDS.empty)}</p>`;
  const paging =
    pages && (pages.newer || pages.older)
      ? `<nav class="pages"${attributes({ 'aria-label': SITE_WORDS.pages })}>${
          pages.newer
            ? `<a${attributes({ href: pages.newer, rel: 'prev' })}>${escapeText(SITE_WORDS.newer)}</a>`
            : '<span></span>'
        }${pages.older ? `<a${attributes({ href: pages.older, rel: 'next' })}>${escapeText(SITE_WORDS.older)}</a>` : ''}</nav>`
      : '';
  const footer = `<footer class="site-footer">${outlet.name ? `© ${escapeText(outlet.name)} · ` : ''}<a${attributes({ href: feedUrl })}>${escapeText(SITE_WORDS.feedTitle)}</a></footer>`;
  return `<!DOCTYPE html><html${attributes({ lang: SITE_LANGUAGE })}><head>${head.filter(Boolean).join('')}</head><body>${header}${nav}<main><h1>${escapeText(heading)}</h1>${list}${paging}</main>${footer}</body></html>`;
}
