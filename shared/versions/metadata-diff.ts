import type { Article } from '../domain/article';
import type { AttributeChange } from './body-diff';
import { diffWords, type DiffPart } from './word-diff';

/** The metadata fields a comparison looks at; the view names each in words. */
export type TextField =
  | 'rubric'
  | 'slug'
  | 'seoTitle'
  | 'seoDescription'
  | 'shareTitle'
  | 'shareDescription'
  | 'shareImage'
  | 'xText'
  | 'telegramText';
export type ListField = 'tags' | 'authors' | 'related';
export type ImageAttribute = 'src' | 'alt' | 'caption' | 'credit';

export type MetadataChange =
  | { field: TextField; kind: 'text'; before: string; after: string; parts: DiffPart[] }
  | { field: ListField; kind: 'list'; added: string[]; removed: string[]; reordered: boolean }
  | { field: 'publishAt'; kind: 'time'; before: string | null; after: string | null }
  | {
      field: 'featuredImage';
      kind: 'image';
      /** Whether there was a picture before and is one after: added, removed or changed. */
      before: boolean;
      after: boolean;
      attributes: AttributeChange<ImageAttribute>[];
    };

/** What of an article the metadata comparison reads. */
export type ArticleMetadata = Pick<
  Article,
  | 'rubric'
  | 'tags'
  | 'authors'
  | 'slug'
  | 'publishAt'
  | 'featuredImage'
  | 'related'
  | 'seo'
  | 'share'
  | 'x'
  | 'telegram'
>;

const TEXT_READERS: Readonly<Record<TextField, (article: ArticleMetadata) => string>> = {
  rubric: (a) => a.rubric,
  slug: (a) => a.slug,
  seoTitle: (a) => a.seo.title,
  seoDescription: (a) => a.seo.description,
  shareTitle: (a) => a.share.title,
  shareDescription: (a) => a.share.description,
  shareImage: (a) => a.share.image ?? '',
  xText: (a) => a.x.text,
  telegramText: (a) => a.telegram.text,
};

/** The texts written for search engines and for sharing, after the fields of the article itself. */
const SHARE_FIELDS: readonly TextField[] = [
  'seoTitle',
  'seoDescription',
  'shareTitle',
  'shareDescription',
  'shareImage',
  'xText',
  'telegramText',
];

/** Items of a list as people name them; `key` tells an item apart when two share a name. */
interface Named {
  key: string;
  name: string;
}

const LIST_READERS: Readonly<Record<ListField, (article: ArticleMetadata) => Named[]>> = {
  tags: (a) => a.tags.map((tag) => ({ key: tag, name: tag })),
  authors: (a) => a.authors.map((author) => ({ key: `${author.name}\n${author.url ?? ''}`, name: author.name })),
  related: (a) => a.related.map((item) => ({ key: item.articleId ?? item.url ?? item.headline, name: item.headline })),
};

const IMAGE_ATTRIBUTES: readonly ImageAttribute[] = ['src', 'alt', 'caption', 'credit'];

/** Every metadata field that differs, in the order the panel shows them. */
export function diffMetadata(before: ArticleMetadata, after: ArticleMetadata): MetadataChange[] {
  const text = (field: TextField) => {
    const read = TEXT_READERS[field];
    return textChange(field, read(before), read(after));
  };
  const list = (field: ListField) => {
    const read = LIST_READERS[field];
    return listChange(field, read(before), read(after));
  };
  const changes = [
    text('rubric'),
    list('tags'),
    list('authors'),
    text('slug'),
    timeChange(before.publishAt, after.publishAt),
    imageChange(before.featuredImage, after.featuredImage),
    list('related'),
    ...SHARE_FIELDS.map(text),
  ];
  return changes.filter((change): change is MetadataChange => change !== null);
}

function timeChange(before: string | null, after: string | null): MetadataChange | null {
  // The same instant written with another offset is the same publish time.
  const same = before === after || (before !== null && after !== null && Date.parse(before) === Date.parse(after));
  return same ? null : { field: 'publishAt', kind: 'time', before, after };
}

function textChange(field: TextField, before: string, after: string): MetadataChange | null {
  return before === after ? null : { field, kind: 'text', before, after, parts: diffWords(before, after) };
}

function listChange(field: ListField, before: Named[], after: Named[]): MetadataChange | null {
  const beforeKeys = new Set(before.map((item) => item.key));
  const afterKeys = new Set(after.map((item) => item.key));
  const added = after.filter((item) => !beforeKeys.has(item.key)).map((item) => item.name);
  const removed = before.filter((item) => !afterKeys.has(item.key)).map((item) => item.name);
  const kept = (items: Named[], other: Set<string>) =>
    items
      .filter((item) => other.has(item.key))
      .map((item) => item.key)
      .join('\n');
  const reordered = kept(before, afterKeys) !== kept(after, beforeKeys);
  if (added.length === 0 && removed.length === 0 && !reordered) return null;
  return { field, kind: 'list', added, removed, reordered };
}

function imageChange(before: Article['featuredImage'], after: Article['featuredImage']): MetadataChange | null {
  const attributes: AttributeChange<ImageAttribute>[] = [];
  for (const name of IMAGE_ATTRIBUTES) {
    const old = before?.[name] ?? '';
    const now = after?.[name] ?? '';
    if (old !== now) attributes.push({ name, before: old, after: now, parts: diffWords(old, now) });
  }
  if (attributes.length === 0) return null;
  return { field: 'featuredImage', kind: 'image', before: before !== null, after: after !== null, attributes };
}
