import { ArticleIdSchema } from '../../domain/article';
import { z } from '../../validation/zod';

/**
 * What the exported site holds, kept beside each generation of it: one entry per published article, with
 * everything the front page, the rubric pages, the feed and the sitemap print. They are rebuilt from this
 * alone on every publish and withdrawal, so the site is complete without the library (another computer,
 * an article deleted since, a library that is not open).
 */
export const SITE_MANIFEST_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

const IsoDateTime = z.iso.datetime({ offset: true });

/** The article's featured picture as the lists and the feed show it. */
export const ManifestImageSchema = z.object({
  url: z.string().max(2000),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  alt: z.string().max(1000),
  mime: z.string().max(100),
  bytes: z.number().int().nonnegative(),
});
export type ManifestImage = z.infer<typeof ManifestImageSchema>;

export const ManifestEntrySchema = z.object({
  articleId: ArticleIdSchema,
  /** The page's folder under the site's root (its slug, else its id). */
  folder: z.string().min(1).max(200),
  url: z.string().max(2000),
  headline: z.string().max(1000),
  teaser: z.string().max(2000),
  rubric: z.string().max(200),
  /** When the article first went out, or its own publish time: the lists, the feed and Google News date it so. */
  publishedAt: IsoDateTime,
  /** When the page was last written: the sitemap's lastmod. */
  updatedAt: IsoDateTime,
  image: ManifestImageSchema.nullable(),
  /** File names under media/ the page uses: carried into the next generation while the page stays. */
  media: z.array(z.string().max(200)).max(1000),
  /** The job that wrote this page and the approved content it wrote: how `lookup` tells a send landed. */
  jobId: z.string().max(200),
  contentHash: z.string().max(200),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const SiteManifestSchema = z.object({
  schemaVersion: z.literal(SITE_MANIFEST_VERSION),
  /** This generation's name and the one it replaced (kept on disk a while for readers still inside it). */
  generation: z.string().max(100),
  previousGeneration: z.string().max(100).nullable(),
  builtAt: IsoDateTime,
  entries: z.array(ManifestEntrySchema),
});
export type SiteManifest = z.infer<typeof SiteManifestSchema>;

/** Newest first, by when they went out; the id breaks ties so every list is in one stable order. */
export function newestFirst(entries: readonly ManifestEntry[]): ManifestEntry[] {
  return [...entries].sort((a, b) =>
    a.publishedAt === b.publishedAt
      ? a.articleId.localeCompare(b.articleId)
      : Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
  );
}

/** The entries with `entry` in place of the article's old one (or added). */
export function withEntry(entries: readonly ManifestEntry[], entry: ManifestEntry): ManifestEntry[] {
  return [...entries.filter((other) => other.articleId !== entry.articleId), entry];
}

export function withoutArticle(entries: readonly ManifestEntry[], articleId: string): ManifestEntry[] {
  return entries.filter((entry) => entry.articleId !== articleId);
}
