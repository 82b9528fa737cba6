import { schemaReason } from '../validation/issue-reason';
import { z } from '../validation/zod';
import { CropsSchema } from '../media/crop';
import { DocSchema, emptyDoc } from './doc';

/** The version of article.json this build writes. Older versions are migrated on read. */
export const ARTICLE_SCHEMA_VERSION = 2;

/** Ids name folders on disk, so they are restricted to a safe alphabet (no path separators, no dots). */
export const ArticleIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, schemaReason('article.invalid.id'));
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/** The workflow's statuses (DESIGN §5); shared/workflow/status-machine.ts says which may follow which. */
export const ARTICLE_STATUSES = [
  'draft',
  'submitted',
  'in-review',
  'returned',
  'approved',
  'scheduled',
  'published',
  'correction',
  'withdrawn',
] as const;
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

/**
 * How long the fields a journalist types into may be. One source: the schema below checks them, and the
 * editor cuts at the field with a word to the journalist, so a save never fails on them.
 */
export const ARTICLE_LIMITS = {
  headline: 1000,
  lead: 5000,
  rubric: 200,
  tag: 200,
  tags: 100,
  authorName: 200,
  authors: 20,
  slug: 200,
} as const;

const IsoDateTime = z.iso.datetime({ offset: true });

export const AuthorSchema = z.object({
  name: z.string().max(ARTICLE_LIMITS.authorName),
  url: z.string().max(2000).optional(),
});

export const ImageRefSchema = z.object({
  /** Path inside the article folder, e.g. `media/<sha256>.jpg`. */
  src: z.string().max(500),
  alt: z.string().max(1000).default(''),
  caption: z.string().max(2000).default(''),
  credit: z.string().max(500).default(''),
  /** The picture's size in pixels, measured when it was chosen: the cards and warnings need it before it loads. */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** The journalist's crop for each share shape; a shape without one is centred. */
  crops: CropsSchema,
});

export const RelatedArticleSchema = z.object({
  articleId: ArticleIdSchema.optional(),
  url: z.string().max(2000).optional(),
  headline: z.string().max(1000),
  publishedAt: IsoDateTime.optional(),
  teaser: z.string().max(2000).default(''),
});

export const ReviewNoteSchema = z.object({
  at: IsoDateTime,
  by: z.string().max(200),
  text: z.string().max(20000),
});

export const ArticleSchema = z.object({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: ArticleIdSchema,
  headline: z.string().max(ARTICLE_LIMITS.headline),
  lead: z.string().max(ARTICLE_LIMITS.lead).default(''),
  body: DocSchema,
  rubric: z.string().max(ARTICLE_LIMITS.rubric).default(''),
  tags: z.array(z.string().max(ARTICLE_LIMITS.tag)).max(ARTICLE_LIMITS.tags).default([]),
  authors: z.array(AuthorSchema).max(ARTICLE_LIMITS.authors).default([]),
  slug: z.string().max(ARTICLE_LIMITS.slug).default(''),
  /** Publish date and time with its offset; shown in Europe/Kyiv. */
  publishAt: IsoDateTime.nullable().default(null),
  featuredImage: ImageRefSchema.nullable().default(null),
  related: z.array(RelatedArticleSchema).max(20).default([]),
  seo: z
    .object({ title: z.string().max(500), description: z.string().max(1000) })
    .default({ title: '', description: '' }),
  share: z
    .object({ title: z.string().max(500), description: z.string().max(1000), image: z.string().max(500).nullable() })
    .default({ title: '', description: '', image: null }),
  x: z.object({ text: z.string().max(1000) }).default({ text: '' }),
  telegram: z.object({ text: z.string().max(10000) }).default({ text: '' }),
  /** The current status; how it got there is the article's own log, `transitions.jsonl` (schema version 2). */
  status: ArticleStatusSchema.default('draft'),
  reviewNotes: z.array(ReviewNoteSchema).default([]),
  /** Remote ids per publishing target, e.g. `{ "wordpress": "123" }`, so retries never post twice. */
  remoteIds: z.record(z.string(), z.string()).default({}),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Article = z.infer<typeof ArticleSchema>;
/** What callers may pass in: every field with a default may be left out. */
export type ArticleInput = z.input<typeof ArticleSchema>;

/** What the library list shows for each article, without its body. */
export const ArticleSummarySchema = z.object({
  id: ArticleIdSchema,
  headline: z.string(),
  status: ArticleStatusSchema,
  rubric: z.string(),
  updatedAt: IsoDateTime,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export function summarize(article: Article): ArticleSummary {
  const { id, headline, status, rubric, updatedAt } = article;
  return { id, headline, status, rubric, updatedAt };
}

/**
 * A new article: every field the caller leaves out takes the schema's default, so the defaults are
 * written once (in ArticleSchema) for the library, the sample article, tests and benchmarks.
 */
export function newArticle(
  id: ArticleId,
  createdAt: string,
  fields: Partial<Omit<ArticleInput, 'schemaVersion' | 'id' | 'createdAt'>> = {},
): Article {
  return ArticleSchema.parse({
    headline: '',
    body: emptyDoc(),
    updatedAt: createdAt,
    ...fields,
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    createdAt,
  });
}
