import { fixTypographyPiece, type TypographyOptions } from './fix';
import { newQuoteState } from './quotes';

/** Tags that start or end a paragraph: quote nesting resets and a dialogue dash may follow. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'td',
  'th',
  'tr',
  'table',
  'br',
  'hr',
  'section',
  'article',
  'aside',
  'header',
  'footer',
]);

/** Text inside these is never touched. */
const RAW_TAGS = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'textarea']);

/** Entities decoded before fixing (all safe to emit back as characters in a text node). */
const NAMED: Record<string, string> = {
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  rsquo: '’',
  lsquo: '‘',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  numero: '№',
};

function decodeSafeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    let code: number | undefined;
    if (body.startsWith('#x') || body.startsWith('#X')) code = Number.parseInt(body.slice(2), 16);
    else if (body.startsWith('#')) code = Number.parseInt(body.slice(1), 10);
    else return NAMED[body] ?? entity;
    // Markup-significant characters stay encoded.
    if (!Number.isFinite(code) || code === 38 || code === 60 || code === 62 || code > 0x10ffff) return entity;
    return String.fromCodePoint(code);
  });
}

/**
 * «Виправити типографіку» for HTML: tags, attributes and comments are kept byte for byte; only text
 * between tags is fixed (not inside code/pre/script/style). Quote nesting runs across inline tags within
 * a paragraph (`"<b>Укренерго</b>"` → `«<b>Укренерго</b>»`).
 */
export function fixTypographyHtml(html: string, options: TypographyOptions = {}): string {
  const tokens = html.split(/(<!--[\s\S]*?-->|<[^>]*>)/);
  let quotes = newQuoteState();
  let atParagraphStart = true;
  let rawDepth = 0;
  let out = '';
  for (const [i, token] of tokens.entries()) {
    if (i % 2 === 1) {
      out += token;
      const m = /^<(\/?)([a-z][a-z0-9]*)/i.exec(token);
      if (!m) continue;
      const closing = m[1] === '/';
      const name = (m[2] ?? '').toLowerCase();
      if (RAW_TAGS.has(name)) rawDepth = Math.max(0, rawDepth + (closing ? -1 : 1));
      if (BLOCK_TAGS.has(name)) {
        quotes = newQuoteState();
        atParagraphStart = true;
      }
      continue;
    }
    if (token === '' || rawDepth > 0) {
      out += token;
      continue;
    }
    out += fixTypographyPiece(decodeSafeEntities(token), { quotes, atParagraphStart }, options);
    if (token.trim() !== '') atParagraphStart = false;
  }
  return out;
}
