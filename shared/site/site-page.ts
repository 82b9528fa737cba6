import type { Article } from '../domain/article';
import { effectiveShareFields } from '../share/fallbacks';
import type { DateStyle } from '../settings/schema';
import { formatDateTime, pageDateFormat } from '../text/dates';
import { firstWords } from '../text/teaser';
import { bodyHtml, figureHtml, type BodyLinks } from './body-html';
import { attributes, escapeText, scriptJson } from './html';
import { newsArticleLd } from './news-article-ld';
import { PAGE_WORDS, TEASER_ENDING } from './page-words';
import { shareBarHtml } from './share-bar';
import { SITE_STYLES } from './site-styles';

export type { SiteMedia } from './body-html';

/** The newsroom's side of the page: who publishes it and how it speaks to readers. */
export interface SiteOutlet {
  name: string;
  /** The site's home page; '' when not known yet (the header then names the outlet without a link). */
  siteUrl: string;
  logoUrl: string;
  telegramUrl: string;
  facebookUrl: string;
  /** The call to subscribe below the article; «Telegram» and «Facebook» in it link to the outlet's pages. */
  subscribeText: string;
  dateStyle: DateStyle;
}

/** One article of the `Читайте також` list under the page. */
export interface RelatedLink {
  url: string | null;
  headline: string;
  /** The instant it is dated by; null when not known. */
  date: string | null;
}

export interface SitePageInput {
  article: Article;
  outlet: SiteOutlet;
  /** The page's own address: canonical, og:url and the share links. */
  url: string;
  related: readonly RelatedLink[];
  links: Omit<BodyLinks, 'dateStyle'>;
}

/** How many words of a related article's headline the list shows, as the reference site does. */
const RELATED_WORDS = 10;

const meta = (kind: 'name' | 'property', key: string, content: string | number | null | undefined): string =>
  content === null || content === undefined || content === '' ? '' : `<meta${attributes({ [kind]: key, content })}>`;

/** The subscribe call with «Telegram» and «Facebook» linked where the outlet has those pages. */
function subscribeHtml(outlet: SiteOutlet): string {
  const text = outlet.subscribeText.trim();
  if (!text) return '';
  const targets: Array<[string, string]> = [
    ['Telegram', outlet.telegramUrl],
    ['Facebook', outlet.facebookUrl],
  ];
  let html = escapeText(text);
  for (const [word, url] of targets) {
    if (url) html = html.replace(word, `<a${attributes({ href: url, rel: 'noopener' })}>${word}</a>`);
  }
  return `<p class="subscribe">${html}</p>`;
}

function relatedHtml(related: readonly RelatedLink[], style: DateStyle): string {
  if (related.length === 0) return '';
  const rows = related.map(({ url, headline, date }) => {
    const when = date
      ? `<time${attributes({ datetime: date })}>${escapeText(formatDateTime(date, pageDateFormat(style)))}</time>`
      : '';
    const text = escapeText(firstWords(headline, RELATED_WORDS, TEASER_ENDING));
    return `<li>${when}${url ? `<a${attributes({ href: url })}>${text}</a>` : `<span>${text}</span>`}</li>`;
  });
  return `<aside class="read-also"${attributes({ 'aria-labelledby': 'read-also' })}><h2 id="read-also">${escapeText(PAGE_WORDS.readAlso)}</h2><ul>${rows.join('')}</ul></aside>`;
}

/**
 * The outlet's page of an article, complete: one pure function used by the preview, the static export and
 * WordPress. It prints, in the reference page's order, the headline, the date in the house style, the
 * `Поділитися:` bar, the featured image, the lead and body (with its `Нагадаємо,` paragraph), the subscribe
 * call and the `Читайте також` list; its head carries the description, canonical, Open Graph, the X card and
 * schema.org NewsArticle JSON-LD. Review notes, history and anything else private are never read here.
 */
export function renderSitePage({ article, outlet, url, related, links }: SitePageInput): string {
  const shared = effectiveShareFields(article, url);
  const style = outlet.dateStyle;
  const published = article.publishAt;
  const featured = article.featuredImage;
  const featuredMedia = featured ? links.media(featured.src) : null;
  const shareImagePath = article.share.image ?? featured?.src ?? null;
  const shareImage = shareImagePath ? links.media(shareImagePath) : null;
  const shareImageAlt = shareImagePath === featured?.src ? (featured?.alt ?? '') : '';
  const authors = article.authors.filter((author) => author.name.trim() !== '');

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(shared.seoTitle.value)}</title>`,
    meta('name', 'description', shared.seoDescription.value),
    `<link${attributes({ rel: 'canonical', href: url })}>`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:locale', 'uk_UA'),
    meta('property', 'og:site_name', outlet.name),
    meta('property', 'og:url', url),
    meta('property', 'og:title', shared.shareTitle.value),
    meta('property', 'og:description', shared.shareDescription.value),
    ...(shareImage
      ? [
          meta('property', 'og:image', shareImage.url),
          meta('property', 'og:image:width', shareImage.width),
          meta('property', 'og:image:height', shareImage.height),
          meta('property', 'og:image:alt', shareImageAlt),
        ]
      : []),
    meta('property', 'article:published_time', published),
    meta('property', 'article:modified_time', article.updatedAt),
    meta('property', 'article:section', article.rubric),
    ...article.tags.map((tag) => meta('property', 'article:tag', tag)),
    ...authors.map((author) => meta('property', 'article:author', author.url || author.name)),
    meta('name', 'twitter:card', shareImage ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', shared.xTitle.value),
    meta('name', 'twitter:description', shared.xDescription.value),
    ...(shareImage
      ? [meta('name', 'twitter:image', shareImage.url), meta('name', 'twitter:image:alt', shareImageAlt)]
      : []),
    `<script type="application/ld+json">${scriptJson(
      newsArticleLd({
        url,
        headline: article.headline,
        description: shared.seoDescription.value,
        images: shareImage ? [shareImage.url] : [],
        datePublished: published,
        dateModified: article.updatedAt,
        authors,
        section: article.rubric,
        keywords: article.tags,
        outlet: { name: outlet.name, url: outlet.siteUrl, logoUrl: outlet.logoUrl },
      }),
    )}</script>`,
    `<style>${SITE_STYLES}</style>`,
  ].filter(Boolean);

  const brand = `${outlet.logoUrl ? `<img${attributes({ src: outlet.logoUrl, alt: '' })}>` : ''}${escapeText(outlet.name)}`;
  const header = outlet.name
    ? `<header class="site-header">${outlet.siteUrl ? `<a${attributes({ href: outlet.siteUrl })}>${brand}</a>` : `<span>${brand}</span>`}</header>`
    : '';
  const byline = authors
    .map((author) =>
      author.url
        ? `<a${attributes({ href: author.url, rel: 'author' })}>${escapeText(author.name)}</a>`
        : escapeText(author.name),
    )
    .join(', ');
  const metaLine = [
    published
      ? `<time${attributes({ datetime: published })}>${escapeText(formatDateTime(published, pageDateFormat(style)))}</time>`
      : '',
    byline ? `<span class="byline">${escapeText(PAGE_WORDS.authors)} ${byline}</span>` : '',
  ].filter(Boolean);
  const tags = article.tags.length
    ? `<p class="tags">${escapeText(PAGE_WORDS.tags)} ${article.tags.map(escapeText).join(', ')}</p>`
    : '';

  const articleHtml = [
    article.rubric ? `<p class="rubric">${escapeText(article.rubric)}</p>` : '',
    `<h1>${escapeText(article.headline)}</h1>`,
    metaLine.length ? `<p class="meta">${metaLine.join(' · ')}</p>` : '',
    shareBarHtml(url, shared.shareTitle.value),
    featured && featuredMedia ? figureHtml(featuredMedia, featured, true) : '',
    article.lead.trim() ? `<p class="lead">${escapeText(article.lead.trim())}</p>` : '',
    bodyHtml(article.body, { ...links, dateStyle: style }),
    subscribeHtml(outlet),
    tags,
  ].join('');
  const footer = outlet.name ? `<footer class="site-footer">© ${escapeText(outlet.name)}</footer>` : '';

  return `<!DOCTYPE html><html lang="uk"><head>${head.join('')}</head><body>${header}<main><article>${articleHtml}</article>${relatedHtml(related, style)}</main>${footer}</body></html>`;
}
