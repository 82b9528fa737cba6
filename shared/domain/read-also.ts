import { ArticleIdSchema } from './article';
import type { Doc, DocNode } from './doc';

/** The node's name in article.json (BODY_NODE.readAlso). */
export const READ_ALSO_TYPE = 'readAlso';

/** One linked article. The headline and date are copies taken when it was picked, for display. */
export interface ReadAlsoItem {
  articleId: string;
  headline: string;
  /** The instant the page dates it by (its publish time, else its last change); null when not known. */
  date: string | null;
}

/** «Читайте також»: several articles of the library in one block, in the order the page lists them. */
export interface ReadAlsoAttrs {
  articles: ReadAlsoItem[];
}

/** As many as a related list on a news page holds; more is a mistake, not a list. */
export const READ_ALSO_MAX_ARTICLES = 10;

/** The first format: one article per block, `{ articleId, headline }`. Still read; written as a list. */
const LEGACY_ATTRS = ['articleId', 'headline'];
const ITEM_KEYS = ['articleId', 'headline', 'date'];

const isArticleId = (value: unknown): value is string => ArticleIdSchema.safeParse(value).success;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readItem(value: unknown): ReadAlsoItem | null {
  if (!isRecord(value) || Object.keys(value).some((key) => !ITEM_KEYS.includes(key))) return null;
  const { articleId, headline, date = null } = value;
  if (!isArticleId(articleId) || typeof headline !== 'string' || headline.length > 1000) return null;
  if (date !== null && (typeof date !== 'string' || Number.isNaN(Date.parse(date)))) return null;
  return { articleId, headline, date };
}

/**
 * The articles of a block, from either format; null for a form this version does not know (an item with
 * fields a newer version added, a list too long): such a block must be shown, never rewritten.
 */
export function readAlsoItems(attrs: Record<string, unknown> | undefined): ReadAlsoItem[] | null {
  const given = attrs ?? {};
  if (!Object.hasOwn(given, 'articles')) {
    if (Object.keys(given).some((key) => !LEGACY_ATTRS.includes(key))) return null;
    const { articleId, headline = '' } = given;
    if (articleId === undefined || articleId === '') return [];
    return isArticleId(articleId) && typeof headline === 'string' ? [{ articleId, headline, date: null }] : null;
  }
  const { articles } = given;
  if (Object.keys(given).length !== 1 || !Array.isArray(articles)) return null;
  if (articles.length > READ_ALSO_MAX_ARTICLES) return null;
  const items = articles.map(readItem);
  return items.every((item) => item !== null) ? items : null;
}

/** The attributes of a block that this version cannot keep as they are (for the unsupported-content check). */
export function unknownReadAlsoAttributes(attrs: Record<string, unknown> | undefined): string[] {
  if (readAlsoItems(attrs) !== null) return [];
  const names = Object.keys(attrs ?? {}).filter((name) => name !== 'articles' && !LEGACY_ATTRS.includes(name));
  return names.length > 0 ? names : ['articles'];
}

/**
 * The body with blocks of the first format written as lists, for the editor, which keeps only the list
 * attribute. Applied when an article is opened; the file changes only when the journalist next edits it.
 */
export function upgradeReadAlso(doc: Doc): Doc {
  let changed = false;
  const upgrade = (nodes: DocNode[] | undefined): DocNode[] | undefined =>
    nodes?.map((node) => {
      if (node.type === READ_ALSO_TYPE && !Object.hasOwn(node.attrs ?? {}, 'articles')) {
        const articles = readAlsoItems(node.attrs);
        if (articles === null) return node;
        changed = true;
        return { ...node, attrs: { articles } };
      }
      const content = node.content && upgrade(node.content);
      return content === node.content ? node : { ...node, content };
    });
  const content = upgrade(doc.content);
  return changed ? { ...doc, content } : doc;
}
