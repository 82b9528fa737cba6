import { renderJSONContentToString, type NodeProps, type MarkProps } from '@tiptap/static-renderer/json/html-string';
import {
  BODY_NODE,
  RECAP_LABEL,
  READ_ALSO_LABEL,
  creditLine,
  type BlockquoteAttrs,
  type EmbedAttrs,
  type FigureAttrs,
} from '../domain/body-nodes';
import type { Doc, DocMark, DocNode } from '../domain/doc';
import { isEmbedProvider } from '../domain/embeds';
import { readAlsoItems } from '../domain/read-also';
import { safeLinkHref } from '../security/safe-url';
import { formatDateTime, pageDateFormat } from '../text/dates';
import type { DateStyle } from '../settings/schema';
import { attributes, escapeText } from './html';
import { PAGE_WORDS } from './page-words';
import { tableHtml } from './table-html';
import { TABLE_NODE } from '../domain/table';

/** An image as the page links it: its address, and its size when known (so the page does not jump). */
export interface SiteMedia {
  url: string;
  width: number | null;
  height: number | null;
}

/** What the body needs from outside the article: addresses of its media and of the library's articles. */
export interface BodyLinks {
  /** Where a figure's `src` is served; null leaves the picture out (an image not found). */
  media(src: string): SiteMedia | null;
  /** The page of a library article a «Читайте також» block links; null: its headline is shown unlinked. */
  articleUrl(articleId: string): string | null;
  dateStyle: DateStyle;
}

type Props = NodeProps<DocNode, string | string[]>;
type MarkRenderProps = MarkProps<DocMark, string | string[], DocNode>;

const joined = (children: string | string[] | undefined): string =>
  Array.isArray(children) ? children.join('') : (children ?? '');
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A picture with its caption and `Фото:` credit. The featured image loads first; a body's pictures load as
 * the reader nears them.
 */
export function figureHtml(
  image: SiteMedia,
  { alt, caption, credit }: Pick<FigureAttrs, 'alt' | 'caption' | 'credit'>,
  featured: boolean,
): string {
  const loading = featured ? { fetchpriority: 'high' } : { loading: 'lazy', decoding: 'async' };
  const img = `<img${attributes({ src: image.url, alt, width: image.width, height: image.height, ...loading })}>`;
  const parts = [
    caption.trim() ? `<span class="caption">${escapeText(caption.trim())}</span>` : '',
    creditLine(credit) ? `<span class="credit">${escapeText(creditLine(credit))}</span>` : '',
  ].filter(Boolean);
  const figcaption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
  return `<figure${attributes({ class: featured ? 'featured' : 'figure' })}>${img}${figcaption}</figure>`;
}

function figure(node: DocNode, links: BodyLinks): string {
  const attrs = (node.attrs ?? {}) as Partial<FigureAttrs>;
  const image = attrs.src ? links.media(attrs.src) : null;
  if (!image) return '';
  return figureHtml(image, { alt: text(attrs.alt), caption: text(attrs.caption), credit: text(attrs.credit) }, false);
}

function embed(node: DocNode): string {
  const attrs = (node.attrs ?? {}) as Partial<EmbedAttrs>;
  const href = safeLinkHref(text(attrs.url));
  if (!href || !isEmbedProvider(attrs.provider)) return '';
  const label = PAGE_WORDS.embed[attrs.provider];
  return `<figure class="embed embed-${attrs.provider}"><a${attributes({ href, rel: 'noopener', target: '_blank' })}>${escapeText(label)}</a></figure>`;
}

function readAlso(node: DocNode, links: BodyLinks): string {
  const items = readAlsoItems(node.attrs) ?? [];
  if (items.length === 0) return '';
  const rows = items.map(({ articleId, headline, date }) => {
    const url = links.articleUrl(articleId);
    const title = url ? `<a${attributes({ href: url })}>${escapeText(headline)}</a>` : escapeText(headline);
    const when = date
      ? ` <time${attributes({ datetime: date })}>${escapeText(formatDateTime(date, pageDateFormat(links.dateStyle)))}</time>`
      : '';
    return `<li>${title}${when}</li>`;
  });
  return `<div class="read-also-inline"><p class="read-also-label">${escapeText(READ_ALSO_LABEL)}:</p><ul>${rows.join('')}</ul></div>`;
}

function blockquote(node: DocNode, children: string): string {
  const { attribution } = (node.attrs ?? {}) as Partial<BlockquoteAttrs>;
  const who = text(attribution).trim();
  return `<blockquote>${children}${who ? `<footer>${escapeText(who)}</footer>` : ''}</blockquote>`;
}

function orderedList(node: DocNode, children: string): string {
  const start = typeof node.attrs?.start === 'number' && node.attrs.start !== 1 ? node.attrs.start : null;
  const type = typeof node.attrs?.type === 'string' && /^[aAiI1]$/.test(node.attrs.type) ? node.attrs.type : null;
  return `<ol${attributes({ start, type: type === '1' ? null : type })}>${children}</ol>`;
}

function heading(node: DocNode, children: string): string {
  // The page's headline is its h1; the body's headings sit below it, as the editor allows (2 and 3).
  const level = node.attrs?.level === 3 ? 3 : 2;
  return `<h${level}>${children}</h${level}>`;
}

function link(mark: DocMark, children: string): string {
  const href = safeLinkHref(text(mark.attrs?.href));
  return href ? `<a${attributes({ href, rel: 'noopener' })}>${children}</a>` : children;
}

/**
 * The article body as the page's HTML, with TipTap's static renderer walking the stored JSON: every node and
 * mark the editor knows has its markup here, and what this version does not know is left out of the page
 * (the editor shows such an article read-only). Text is escaped; links and images pass the one URL check.
 */
export function bodyHtml(body: Doc, links: BodyLinks): string {
  const node = (render: (node: DocNode, children: string) => string) => (props: Props) =>
    render(props.node, joined(props.children));
  const mark = (render: (mark: DocMark, children: string) => string) => (props: MarkRenderProps) =>
    render(props.mark, joined(props.children));
  const wrap = (tag: string) => node((_, children) => `<${tag}>${children}</${tag}>`);
  let tables = 0;
  const render: (content: { content: DocNode }) => string = renderJSONContentToString<DocMark, DocNode>({
    nodeMapping: {
      doc: node((_, children) => children),
      text: node((textNode) => escapeText(textNode.text ?? '')),
      paragraph: node((_, children) => (children ? `<p>${children}</p>` : '')),
      heading: node(heading),
      hardBreak: node(() => '<br>'),
      horizontalRule: node(() => '<hr>'),
      bulletList: wrap('ul'),
      orderedList: node(orderedList),
      listItem: wrap('li'),
      blockquote: node(blockquote),
      [BODY_NODE.recap]: node(
        (_, children) => `<p class="recap"><strong>${escapeText(RECAP_LABEL)}</strong> ${children}</p>`,
      ),
      [BODY_NODE.figure]: node((figureNode) => figure(figureNode, links)),
      [BODY_NODE.embed]: node((embedNode) => embed(embedNode)),
      [BODY_NODE.readAlso]: node((readAlsoNode) => readAlso(readAlsoNode, links)),
      // The table walks its own rows: where a row stands (the head or the body) decides its markup.
      // Tables are never nested, so they are met in the order they stand: the n-th is `#table-n`.
      [TABLE_NODE.table]: node((tableNode) => {
        tables += 1;
        return tableHtml(tableNode, tables, (content): string => render({ content: { type: 'doc', content } }));
      }),
    },
    markMapping: {
      bold: mark((_, children) => `<strong>${children}</strong>`),
      italic: mark((_, children) => `<em>${children}</em>`),
      underline: mark((_, children) => `<u>${children}</u>`),
      strike: mark((_, children) => `<s>${children}</s>`),
      link: mark(link),
      // A review note's anchor is the newsroom's, never the reader's: its text stays, the mark does not.
      comment: mark((_, children) => children),
    },
    unhandledNode: () => '',
    unhandledMark: (props: MarkRenderProps) => joined(props.children),
  });
  return render({ content: body as DocNode });
}
