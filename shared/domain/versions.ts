import { z } from '../validation/zod';
import { ArticleStatusSchema } from './article';

/**
 * Why a version of an article was kept. `conflict-mine` and `conflict-theirs` are the two sides of a
 * conflict, kept before it is resolved; `migrated` came from the old `.shpalta/revisions/` folder.
 */
export const VERSION_REASONS = [
  'transition',
  'manual',
  'interval',
  'conflict-mine',
  'conflict-theirs',
  'restore',
  'migrated',
] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];
export const VersionReasonSchema = z.enum(VERSION_REASONS);

/** An opaque version id (the app never shows it; it names a version between the page and the host). */
export const VersionIdSchema = z.string().regex(/^[0-9a-f]{40}$/);

/** One kept version of one article, as a list shows it. */
export const VersionEntrySchema = z.object({
  version: VersionIdSchema,
  /** When it was kept, ISO 8601 UTC. */
  at: z.string(),
  /** The name of the person whose app kept it, from their settings; empty when they gave none. */
  by: z.string(),
  reason: VersionReasonSchema,
  /** The article's status at that version; null when the kept file could not be read. */
  status: ArticleStatusSchema.nullable(),
  /** The transition's note, when a transition with a note made this version. */
  note: z.string().optional(),
});
export type VersionEntry = z.infer<typeof VersionEntrySchema>;
