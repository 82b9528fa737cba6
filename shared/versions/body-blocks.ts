import { BODY_NODE, printedBlockText } from '../domain/body-nodes';
import type { Doc, DocNode } from '../domain/doc';
import { readAlsoItems } from '../domain/read-also';
import { TABLE_NODE, tableCaption } from '../domain/table';

/** What a reader takes a block of the body for; the view names each in words. */
export type BlockKind =
  'paragraph' | 'heading' | 'quote' | 'list' | 'table' | 'image' | 'embed' | 'readAlso' | 'recap' | 'rule' | 'other';

/** The attributes a reader sees beside a block's text, compared one by one. */
export type BlockAttribute =
  'level' | 'attribution' | 'caption' | 'alt' | 'credit' | 'src' | 'provider' | 'url' | 'type';

/** One top-level block of the body as people compare it: its text as read and the attributes shown beside it. */
export interface Block {
  kind: BlockKind;
  text: string;
  attributes: Partial<Record<BlockAttribute, string>>;
  /** Equal keys mean equal blocks: what aligns the two versions. */
  key: string;
}

const KINDS: Readonly<Record<string, BlockKind>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  [BODY_NODE.blockquote]: 'quote',
  bulletList: 'list',
  orderedList: 'list',
  [TABLE_NODE.table]: 'table',
  [BODY_NODE.figure]: 'image',
  [BODY_NODE.embed]: 'embed',
  [BODY_NODE.readAlso]: 'readAlso',
  [BODY_NODE.recap]: 'recap',
  [BODY_NODE.horizontalRule]: 'rule',
};

/** Only what the editor keeps: other attributes of a file's node are not the journalist's to see. */
const SHOWN_ATTRIBUTES: Partial<Record<BlockKind, readonly BlockAttribute[]>> = {
  heading: ['level'],
  quote: ['attribution'],
  table: ['caption'],
  image: ['caption', 'alt', 'credit', 'src'],
  embed: ['provider', 'url'],
};

/** A string attribute as written; numbers (a heading's level) as digits; anything else is not shown. */
function attributeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Inline text of a node: text and line breaks. Bodies reach here through the reader's depth limit. */
function inlineText(node: DocNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/** Text of a nested block: its paragraphs line by line, a list item with its marker. */
function nestedLines(node: DocNode, marker = ''): string[] {
  const children = node.content ?? [];
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
    return children.flatMap((item, index) => {
      const [first = '', ...rest] = nestedLines(item);
      const sign = node.type === 'orderedList' ? `${start + index}.` : '•';
      return [`${marker}${sign} ${first}`, ...rest.map((line) => `${marker}  ${line}`)];
    });
  }
  if (node.type === TABLE_NODE.table) {
    return children.map((row) => (row.content ?? []).map((cell) => nestedLines(cell).join(' ')).join(' | '));
  }
  if (children.length === 0 || children.every((child) => child.type === 'text' || child.type === 'hardBreak')) {
    const text = inlineText(node);
    return text ? [text] : [];
  }
  return children.flatMap((child) => nestedLines(child, marker));
}

function blockText(node: DocNode, kind: BlockKind): string {
  switch (kind) {
    case 'image':
    case 'embed':
    case 'rule':
      return '';
    case 'readAlso':
      return (readAlsoItems(node.attrs) ?? []).map((item) => item.headline).join('\n');
    case 'recap':
      return printedBlockText(node.type, inlineText(node));
    default:
      return nestedLines(node).join('\n');
  }
}

export function toBlock(node: DocNode): Block {
  const kind = KINDS[node.type] ?? 'other';
  const attributes: Block['attributes'] = {};
  for (const name of SHOWN_ATTRIBUTES[kind] ?? []) {
    const value = name === 'caption' && kind === 'table' ? tableCaption(node) : attributeText(node.attrs?.[name]);
    if (value) attributes[name] = value;
  }
  if (kind === 'other') attributes.type = node.type;
  const text = blockText(node, kind);
  return { kind, text, attributes, key: JSON.stringify([kind, text, attributes]) };
}

/** The body's blocks, leaving out empty paragraphs: the editor adds and drops them at will, nobody reads them. */
export function bodyBlocks(doc: Doc): Block[] {
  return (doc.content ?? []).map(toBlock).filter((block) => block.kind !== 'paragraph' || block.text.trim() !== '');
}
