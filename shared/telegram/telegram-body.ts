import { BODY_NODE, READ_ALSO_LABEL, RECAP_LABEL, type BlockquoteAttrs, type EmbedAttrs } from '../domain/body-nodes';
import type { Doc, DocMark, DocNode } from '../domain/doc';
import { isEmbedProvider } from '../domain/embeds';
import { readAlsoItems } from '../domain/read-also';
import { TABLE_NODE, tableCaption } from '../domain/table';
import { safeLinkHref } from '../security/safe-url';
import { PAGE_WORDS } from '../site/page-words';
import { tableFragment } from '../site/table-html';
import { telegramLink, telegramText } from './telegram-html';
import { TELEGRAM_WORDS } from './telegram-words';

export interface TelegramBodyOptions {
  /** The article's page on the site, where what a message cannot show (a table) is read. */
  pageUrl: string;
  /** The page of a library article a «Читайте також» block links; null: its headline without a link. */
  articleUrl?: (articleId: string) => string | null;
}

/** Marks as Telegram's tags, outermost first, so that every text run's tags nest properly. */
const MARK_TAGS: Readonly<Record<string, string>> = { bold: 'b', italic: 'i', underline: 'u', strike: 's' };
const MARK_ORDER = ['bold', 'italic', 'underline', 'strike'];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

interface Context {
  options: TelegramBodyOptions;
  /** Tables met so far: the n-th is `#table-n` on the page. */
  tables: number;
  /** Inside a quote: Telegram's blockquotes cannot nest. */
  inQuote: boolean;
}

function markedText(node: DocNode, withoutBold: boolean): string {
  const marks = node.marks ?? [];
  let html = telegramText(node.text ?? '');
  for (const type of [...MARK_ORDER].reverse()) {
    const tag = MARK_TAGS[type];
    if (!tag || (withoutBold && type === 'bold') || !marks.some((mark) => mark.type === type)) continue;
    html = `<${tag}>${html}</${tag}>`;
  }
  const link = marks.find((mark: DocMark) => mark.type === 'link');
  const href = link ? safeLinkHref(text(link.attrs?.href)) : null;
  return href ? telegramLink(href, html) : html;
}

/** A text block's content: text runs with their tags, hard breaks as new lines. A heading is bold already. */
function inline(node: DocNode, withoutBold = false): string {
  return (node.content ?? [])
    .map((child) => (child.type === 'hardBreak' ? '\n' : child.type === 'text' ? markedText(child, withoutBold) : ''))
    .join('');
}

/** A list as lines: `• ` or `3. ` before each item's first line, nested lists indented under their item. */
function listLines(list: DocNode, indent: string, context: Context): string[] {
  const ordered = list.type === 'orderedList';
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  return (list.content ?? []).flatMap((item, index) => {
    const marker = ordered ? `${start + index}.` : TELEGRAM_WORDS.bullet;
    const lines: string[] = [];
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        lines.push(...listLines(child, `${indent}   `, context));
      } else {
        const body = blocks([child], context).join('\n');
        lines.push(`${indent}${lines.length === 0 ? `${marker} ` : '   '}${body}`);
      }
    }
    return lines.length > 0 ? lines : [`${indent}${marker}`];
  });
}

function quote(node: DocNode, context: Context): string {
  const inner = blocks(node.content ?? [], { ...context, inQuote: true });
  const who = text((node.attrs as Partial<BlockquoteAttrs> | undefined)?.attribution).trim();
  if (who) inner.push(`— ${telegramText(who)}`);
  const body = inner.join('\n\n');
  return context.inQuote || !body ? body : `<blockquote>${body}</blockquote>`;
}

/** The table's place in the post: its name and a link to it on the page. */
function tableLine(table: DocNode, context: Context): string {
  context.tables += 1;
  const caption = tableCaption(table);
  const name = caption ? `${TELEGRAM_WORDS.table} «${telegramText(caption)}»` : TELEGRAM_WORDS.table;
  const href = safeLinkHref(`${context.options.pageUrl}#${tableFragment(context.tables)}`);
  const where = href ? telegramLink(href, telegramText(context.options.pageUrl)) : '';
  return `${name} — ${TELEGRAM_WORDS.onSite} ${where}`.trim();
}

function embedLine(node: DocNode): string {
  const attrs = (node.attrs ?? {}) as Partial<EmbedAttrs>;
  const href = safeLinkHref(text(attrs.url));
  if (!href || !isEmbedProvider(attrs.provider)) return '';
  return telegramLink(href, telegramText(PAGE_WORDS.embed[attrs.provider]));
}

function readAlsoLines(node: DocNode, context: Context): string {
  const items = readAlsoItems(node.attrs) ?? [];
  if (items.length === 0) return '';
  const lines = items.map(({ articleId, headline }) => {
    const url = context.options.articleUrl?.(articleId) ?? null;
    const href = url ? safeLinkHref(url) : null;
    const title = telegramText(headline);
    return `${TELEGRAM_WORDS.bullet} ${href ? telegramLink(href, title) : title}`;
  });
  return [`<b>${telegramText(READ_ALSO_LABEL)}:</b>`, ...lines].join('\n');
}

function block(node: DocNode, context: Context): string[] {
  switch (node.type) {
    case 'paragraph':
      return [inline(node)];
    case 'heading':
      return [`<b>${inline(node, true)}</b>`];
    case 'bulletList':
    case 'orderedList':
      return [listLines(node, '', context).join('\n')];
    case BODY_NODE.blockquote:
      return [quote(node, context)];
    case BODY_NODE.recap:
      return [`<b>${telegramText(RECAP_LABEL)}</b> ${inline(node)}`];
    case TABLE_NODE.table:
      return [tableLine(node, context)];
    case BODY_NODE.embed:
      return [embedLine(node)];
    case BODY_NODE.readAlso:
      return [readAlsoLines(node, context)];
    // The picture goes with the post as its photo, if at all; a rule has no form in a message.
    case BODY_NODE.figure:
    case BODY_NODE.horizontalRule:
      return [];
    default:
      return blocks(node.content ?? [], context);
  }
}

function blocks(nodes: DocNode[], context: Context): string[] {
  return nodes.flatMap((node) => block(node, context)).filter((html) => html.trim() !== '');
}

/**
 * The article body as a Telegram message in HTML parse mode: paragraphs apart by a blank line, headings bold,
 * lists as `• ` and `1. ` lines, quotes as Telegram's blockquote, marks and links as its tags, every other
 * character of the text escaped. What a message cannot hold is named, not flattened: a table becomes one
 * line with its caption and a link to it on the page. The length is the caller's to judge (4096 characters
 * for a message after parsing, 1024 for a caption): this never cuts.
 */
export function telegramBodyHtml(body: Doc, options: TelegramBodyOptions): string {
  const context: Context = { options, tables: 0, inQuote: false };
  return blocks(body.content ?? [], context).join('\n\n');
}
