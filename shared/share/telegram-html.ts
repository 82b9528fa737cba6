/**
 * A Telegram post written in the Bot API's HTML parse mode, read the way Telegram reads it
 * (core.telegram.org/bots/api#html-style), into a tree the preview draws as its own elements: the post's text
 * never reaches the page as HTML. What Telegram would refuse (a tag it does not know, a bare `<`, a tag left
 * open or closed out of turn, a quote in a quote) is listed as a problem; the preview then shows it as
 * written, since Telegram would not send the post at all.
 */

export type TelegramFormat =
  'bold' | 'italic' | 'underline' | 'strike' | 'spoiler' | 'link' | 'code' | 'pre' | 'blockquote' | 'emoji';

export type TelegramNode =
  | { kind: 'text'; text: string }
  | {
      kind: 'format';
      format: TelegramFormat;
      /** A link's address, as written (entities decoded). */
      href?: string;
      /** A `<blockquote expandable>`: shown folded after a few lines. */
      expandable?: boolean;
      children: TelegramNode[];
    };

export type TelegramMarkupProblemCode =
  'unsupportedTag' | 'strayBracket' | 'unexpectedEndTag' | 'unclosedTag' | 'nestedBlockquote';

export interface TelegramMarkupProblem {
  code: TelegramMarkupProblemCode;
  /** The tag's name as written, lowercased ('' for a bare `<`). */
  tag: string;
}

export interface ParsedTelegramHtml {
  nodes: TelegramNode[];
  problems: TelegramMarkupProblem[];
}

/** The tags of the HTML style and what each one formats; `span` only with class="tg-spoiler". */
const TAGS: Readonly<Record<string, TelegramFormat>> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  a: 'link',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-emoji': 'emoji',
};

/** The only named entities Telegram decodes; numeric ones are decoded too. Any other `&…;` stays as it is. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export function decodeTelegramEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|amp|quot));/gi,
    (entity, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
      const codePoint = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    },
  );
}

/** `name="value"`, `name='value'`, `name=value` or a bare `name`. */
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const [, name = '', doubleQuoted, singleQuoted, bare] = match;
    attributes.set(name.toLowerCase(), decodeTelegramEntities(doubleQuoted ?? singleQuoted ?? bare ?? ''));
  }
  return attributes;
}

interface OpenElement {
  tag: string;
  node: Extract<TelegramNode, { kind: 'format' }>;
}

/** A start or end tag at the text's `<`: its name, attributes and where it ends; null when none is there. */
const TAG_AT = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[\s/][^>]*)?)>/;

export function parseTelegramHtml(html: string): ParsedTelegramHtml {
  const root: TelegramNode[] = [];
  const open: OpenElement[] = [];
  const problems: TelegramMarkupProblem[] = [];
  const children = () => open.at(-1)?.node.children ?? root;
  const addText = (raw: string) => {
    const text = decodeTelegramEntities(raw);
    const siblings = children();
    const last = siblings.at(-1);
    if (last?.kind === 'text') last.text += text;
    else if (text !== '') siblings.push({ kind: 'text', text });
  };

  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next === -1) {
      addText(html.slice(at));
      break;
    }
    addText(html.slice(at, next));
    const tag = TAG_AT.exec(html.slice(next));
    if (!tag) {
      problems.push({ code: 'strayBracket', tag: '' });
      addText('&lt;');
      at = next + 1;
      continue;
    }
    const [written, slash, rawName = '', rawAttributes = ''] = tag;
    const name = rawName.toLowerCase();
    at = next + written.length;
    if (slash) {
      const depth = open.findLastIndex((element) => element.tag === name);
      if (depth === -1) {
        problems.push({ code: 'unexpectedEndTag', tag: name });
        addText(written.replace(/&/g, '&amp;'));
        continue;
      }
      // Telegram wants the innermost open tag closed first; the preview closes the ones in between too.
      if (depth !== open.length - 1) problems.push({ code: 'unexpectedEndTag', tag: name });
      open.length = depth;
      continue;
    }
    const format = TAGS[name];
    const attributes = parseAttributes(rawAttributes);
    if (!format || (name === 'span' && attributes.get('class') !== 'tg-spoiler')) {
      problems.push({ code: 'unsupportedTag', tag: name });
      addText(written.replace(/&/g, '&amp;'));
      continue;
    }
    if (format === 'blockquote' && open.some((element) => element.node.format === 'blockquote')) {
      problems.push({ code: 'nestedBlockquote', tag: name });
    }
    const node: OpenElement['node'] = { kind: 'format', format, children: [] };
    if (format === 'link') node.href = attributes.get('href') ?? '';
    if (format === 'blockquote' && attributes.has('expandable')) node.expandable = true;
    children().push(node);
    open.push({ tag: name, node });
  }
  for (const element of open.reverse()) problems.push({ code: 'unclosedTag', tag: element.tag });
  return { nodes: root, problems };
}

/** What a reader sees of the tree: its text without the formatting. */
export function telegramNodesText(nodes: readonly TelegramNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : telegramNodesText(node.children))).join('');
}

/** Addresses Telegram turns into links in a post's text by itself (it finds them without any markup). */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?)]/giu;

/** A text split into plain runs and the addresses Telegram shows as links. */
export function telegramTextRuns(text: string): Array<{ text: string; url: boolean }> {
  const runs: Array<{ text: string; url: boolean }> = [];
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), url: false });
    runs.push({ text: match[0], url: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), url: false });
  return runs;
}
