import { ArticleSchema, newArticle, type Article } from '../domain/article';
import type { ArticleConflict } from './article-conflict';
import { mergeBody, mergeBodyWithoutAncestor } from './merge-body';
import { mergeKeyedList } from './merge-keyed-list';
import { mergeOrder } from './merge-order';
import { FieldMerger } from './three-way-value';

export interface ArticleMerge {
  merged: Article;
  conflicts: ArticleConflict[];
}

/** The ancestor of an article both sides created: empty, so whatever both wrote differently is a conflict. */
function emptyAncestor(id: string): Article {
  return newArticle(id, new Date(0).toISOString(), { body: { type: 'doc', content: [] } });
}

/**
 * An article merged from its common ancestor and two people's edits of it (DESIGN §5: field by field, the body
 * block by block). A field changed on one side takes that side's value, changed on both differently keeps ours
 * and is reported. `updatedAt` is the later of the two and `status` that later side's (the workflow computes
 * the status from the log, so it is never a conflict here). Without an ancestor (both created the file) the
 * ancestor is an empty article, and the bodies merge only if they hold the same blocks.
 */
export function mergeArticle(base: Article | null, ours: Article, theirs: Article): ArticleMerge {
  const merger = new FieldMerger();
  const from = base ?? emptyAncestor(ours.id);
  const value = <K extends keyof Article>(key: K): Article[K] => merger.value(key, from[key], ours[key], theirs[key]);
  const fields = <K extends 'seo' | 'share' | 'x' | 'telegram'>(key: K): Article[K] =>
    merger.fields(key, from[key], ours[key], theirs[key]);
  const theirsIsLater = Date.parse(theirs.updatedAt) > Date.parse(ours.updatedAt);
  const body = mergeArticleBody(base, ours, theirs, merger);
  const candidate: Article = {
    schemaVersion: ours.schemaVersion,
    id: ours.id,
    headline: value('headline'),
    lead: value('lead'),
    body: body.body,
    rubric: value('rubric'),
    tags: mergeKeyedList('tags', from.tags, ours.tags, theirs.tags, (tag) => tag, merger),
    authors: mergeKeyedList('authors', from.authors, ours.authors, theirs.authors, (author) => author.name, merger),
    slug: value('slug'),
    publishAt: value('publishAt'),
    featuredImage: mergeImage(from.featuredImage, ours.featuredImage, theirs.featuredImage, merger),
    related: mergeKeyedList(
      'related',
      from.related,
      ours.related,
      theirs.related,
      (item) => item.articleId ?? item.url ?? item.headline,
      merger,
    ),
    seo: fields('seo'),
    share: fields('share'),
    x: fields('x'),
    telegram: fields('telegram'),
    status: theirsIsLater ? theirs.status : ours.status,
    reviewNotes: mergeKeyedList(
      'reviewNotes',
      from.reviewNotes,
      ours.reviewNotes,
      theirs.reviewNotes,
      (note) => JSON.stringify([note.by, note.at, note.text]),
      merger,
    ),
    remoteIds: mergeRecord('remoteIds', from.remoteIds, ours.remoteIds, theirs.remoteIds, merger),
    createdAt: value('createdAt'),
    updatedAt: theirsIsLater ? theirs.updatedAt : ours.updatedAt,
  };
  const merged = withinSchema(candidate, ours, merger);
  return {
    merged,
    conflicts: [
      ...merger.conflicts.map((field): ArticleConflict => ({ kind: 'field', field })),
      ...body.conflicts.map((index): ArticleConflict => ({ kind: 'block', index })),
    ],
  };
}

function mergeArticleBody(
  base: Article | null,
  ours: Article,
  theirs: Article,
  merger: FieldMerger,
): { body: Article['body']; conflicts: number[] } {
  if (base !== null) return mergeBody(base.body, ours.body, theirs.body);
  const body = mergeBodyWithoutAncestor(ours.body, theirs.body);
  if (body !== null) return { body, conflicts: [] };
  merger.conflict('body');
  return { body: ours.body, conflicts: [] };
}

type Image = Article['featuredImage'];

/** The featured picture by its fields (its crops by shape); added, removed or replaced by null as a whole. */
function mergeImage(base: Image, ours: Image, theirs: Image, merger: FieldMerger): Image {
  if (base === null || ours === null || theirs === null) return merger.value('featuredImage', base, ours, theirs);
  const { crops: baseCrops, ...baseRest } = base;
  const { crops: ourCrops, ...ourRest } = ours;
  const { crops: theirCrops, ...theirRest } = theirs;
  return {
    ...merger.fields('featuredImage', baseRest, ourRest, theirRest),
    crops: merger.fields('featuredImage.crops', baseCrops, ourCrops, theirCrops),
  };
}

/** A record merged key by key (remote ids per publishing target), in the merged order of its keys. */
function mergeRecord(
  field: string,
  base: Record<string, string>,
  ours: Record<string, string>,
  theirs: Record<string, string>,
  merger: FieldMerger,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of mergeOrder(Object.keys(base), Object.keys(ours), Object.keys(theirs))) {
    const merged = merger.value(`${field}.${key}`, base[key], ours[key], theirs[key]);
    if (merged !== undefined) out[key] = merged;
  }
  return out;
}

/**
 * The merged article as the schema reads it (its order of keys, its defaults). Both sides' changes together may
 * pass a limit each kept alone (more than a hundred tags): such a field keeps ours and is a conflict.
 */
function withinSchema(candidate: Article, ours: Article, merger: FieldMerger): Article {
  let current: Record<string, unknown> = candidate;
  for (let attempt = 0; attempt <= Object.keys(candidate).length; attempt += 1) {
    const parsed = ArticleSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    current = { ...current };
    for (const field of fields) {
      if (!(field in ours)) return ours;
      current[field] = ours[field as keyof Article];
      merger.conflict(field);
    }
  }
  return ours;
}
