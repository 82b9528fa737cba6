import type { Article } from '../domain/article';
import { BODY_NODE } from '../domain/body-nodes';
import type { Doc, DocMark, DocNode } from '../domain/doc';
import { parseEmbedUrl } from '../domain/embeds';
import { safeImageSrc, safeLinkHref, safeWebUrl } from './safe-url';

/**
 * The one cleaner for untrusted article content (DESIGN §8), applied where content enters: an article read
 * from disk, every article the API is asked to write, and every paste. Addresses go through the same
 * allowlists as the editor's own commands (safe-url.ts); embeds are rebuilt from their URL. What the editor
 * would never write is dropped; no word of text is: an embed of an unknown site becomes its URL as text.
 * Node and mark types it does not know are left as they are (the reader reports them).
 */

const LINK_MARK = 'link';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A link keeps only its checked address: target, class and the like are the editor's to set when drawn. */
function cleanMarks(marks: DocMark[] | undefined): DocMark[] | undefined {
  if (!marks?.some((mark) => mark.type === LINK_MARK)) return marks;
  const cleaned: DocMark[] = [];
  for (const mark of marks) {
    if (mark.type !== LINK_MARK) {
      cleaned.push(mark);
      continue;
    }
    const href = safeLinkHref(text(mark.attrs?.href));
    if (href) cleaned.push({ type: LINK_MARK, attrs: { href } });
  }
  return cleaned.length > 0 ? cleaned : undefined;
}

function cleanFigure(node: DocNode): DocNode {
  const attrs = node.attrs ?? {};
  return {
    ...node,
    attrs: {
      src: safeImageSrc(text(attrs.src)),
      alt: text(attrs.alt),
      caption: text(attrs.caption),
      credit: text(attrs.credit),
    },
  };
}

/** An embed is whatever its URL says; a URL that is not a post we embed stays in the article as text. */
function cleanEmbed(node: DocNode): DocNode {
  const url = text(node.attrs?.url).trim();
  const parsed = parseEmbedUrl(url);
  if (parsed.ok) return { type: BODY_NODE.embed, attrs: { ...parsed.embed } };
  return url ? { type: 'paragraph', content: [{ type: 'text', text: url }] } : { type: 'paragraph' };
}

function cleanNode(node: DocNode): DocNode {
  if (node.type === BODY_NODE.embed) return cleanEmbed(node);
  let next = node.type === BODY_NODE.figure ? cleanFigure(node) : node;
  const marks = cleanMarks(next.marks);
  if (marks !== next.marks) {
    const { marks: _dropped, ...rest } = next;
    next = marks ? { ...rest, marks } : rest;
  }
  if (next.content) {
    const content = cleanNodes(next.content);
    if (content !== next.content) next = { ...next, content };
  }
  return next;
}

/** The nodes with every untrusted value cleaned; the same array when nothing needed cleaning. */
export function cleanNodes(nodes: DocNode[]): DocNode[] {
  let changed = false;
  const cleaned = nodes.map((node) => {
    const next = cleanNode(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? cleaned : nodes;
}

export function cleanDoc(doc: Doc): Doc {
  if (!doc.content) return doc;
  const content = cleanNodes(doc.content);
  return content === doc.content ? doc : { ...doc, content };
}

/** The article with its body and its own addresses (featured and share image, related, authors) cleaned. */
export function cleanArticle(article: Article): Article {
  const featuredImage = article.featuredImage && {
    ...article.featuredImage,
    // The image goes, its alt text, caption and credit stay.
    src: safeImageSrc(article.featuredImage.src) ?? '',
  };
  return {
    ...article,
    body: cleanDoc(article.body),
    featuredImage,
    share: { ...article.share, image: article.share.image === null ? null : safeImageSrc(article.share.image) },
    related: article.related.map(({ url, ...related }) => {
      const safe = url === undefined ? null : safeWebUrl(url);
      return safe ? { ...related, url: safe } : related;
    }),
    authors: article.authors.map(({ url, ...author }) => {
      const safe = url === undefined ? null : safeLinkHref(url);
      return safe ? { ...author, url: safe } : author;
    }),
  };
}
