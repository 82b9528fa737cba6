import type { Doc, DocNode } from './doc';
import type { EmbedProvider } from './embeds';
import { READ_ALSO_TYPE, readAlsoItems } from './read-also';

export type { ReadAlsoAttrs, ReadAlsoItem } from './read-also';

/**
 * The article body's own block nodes, as stored in article.json (TipTap JSON). The editor defines them;
 * the site renderer and the paste cleaner build or read them by these names and attributes, so the
 * names here are the contract. StarterKit's nodes (paragraph, heading 2–3, lists, horizontalRule,
 * hardBreak) keep their TipTap names.
 */
export const BODY_NODE = {
  figure: 'figure',
  embed: 'embed',
  readAlso: READ_ALSO_TYPE,
  recap: 'recap',
  blockquote: 'blockquote',
  horizontalRule: 'horizontalRule',
} as const;

/** An image with its caption and credit. `src` is `media/<sha256>.<ext>` (the article's media folder) or https. */
export interface FigureAttrs {
  src: string | null;
  /** Text for people who cannot see the image; the article is not complete while it is empty. */
  alt: string;
  caption: string;
  /** Who took the photo, without the `Фото:` prefix (the renderers print it). */
  credit: string;
}

export interface EmbedAttrs {
  provider: EmbedProvider;
  url: string;
  id: string;
}

/** A quote and who said it (empty when unattributed). */
export interface BlockquoteAttrs {
  attribution: string;
}

/**
 * Words the site prints and the editor shows beside these blocks. They are part of the article's
 * language (Ukrainian), not of the interface, so they do not change with the UI locale.
 */
export const RECAP_LABEL = 'Нагадаємо,';
export const READ_ALSO_LABEL = 'Читайте також';
export const CREDIT_PREFIX = 'Фото:';

/** `Фото: Олена Петренко`, or '' when nobody is credited. */
export function creditLine(credit: string): string {
  const name = credit.trim();
  return name ? `${CREDIT_PREFIX} ${name}` : '';
}

/** The credit without a `Фото:` a journalist (or a pasted page) typed in front of it. */
export function stripCreditPrefix(text: string): string {
  return text.replace(/^\s*фото\s*:\s*/i, '').trim();
}

/** A block's text as the page prints it: a recap starts with its label, which readers read and counters count. */
export function printedBlockText(type: string, text: string): string {
  return type === BODY_NODE.recap ? `${RECAP_LABEL} ${text}` : text;
}

/** A paragraph's text without a leading `Нагадаємо,`: that word is the recap block's label. */
export function stripRecapLabel(text: string): string {
  return text.replace(/^\s*нагадаємо\s*,\s*/i, '');
}

function walk(nodes: DocNode[] | undefined, visit: (node: DocNode) => void): void {
  for (const node of nodes ?? []) {
    visit(node);
    walk(node.content, visit);
  }
}

/** How many figures of the body still have no alt text (a check before the article is called complete). */
export function figuresMissingAlt(doc: Doc): number {
  let missing = 0;
  walk(doc.content, (node) => {
    if (node.type !== BODY_NODE.figure) return;
    const alt = node.attrs?.alt;
    if (typeof alt !== 'string' || alt.trim() === '') missing += 1;
  });
  return missing;
}

/** The articles a body links with «Читайте також», in order, each once. */
export function readAlsoArticleIds(doc: Doc): string[] {
  const ids: string[] = [];
  walk(doc.content, (node) => {
    if (node.type !== BODY_NODE.readAlso) return;
    for (const { articleId } of readAlsoItems(node.attrs) ?? []) if (!ids.includes(articleId)) ids.push(articleId);
  });
  return ids;
}
