import { z } from '../validation/zod';
import { ArticleStatusSchema } from '../domain/article';
import { RoleSchema } from '../settings/schema';

/**
 * The format of one line of an article's `transitions.jsonl`. A line of a higher format (a newer app's)
 * is left as it is and reported, never rewritten; this build writes and reads format 1.
 */
export const TRANSITION_ENTRY_FORMAT = 1;

const IsoDateTime = z.iso.datetime({ offset: true });

/** One step of the workflow as the log keeps it: who took it, when, from and to what, and on which content. */
export const TransitionEntrySchema = z.object({
  format: z.literal(TRANSITION_ENTRY_FORMAT),
  at: IsoDateTime,
  by: z.string().max(200),
  /** The role the person acted in, as their settings said; null for steps taken before roles were logged. */
  role: RoleSchema.nullable(),
  from: ArticleStatusSchema,
  to: ArticleStatusSchema,
  note: z.string().max(20000),
  /**
   * sha256 of the article's content the step applies to (electron/services/workflow/content-hash.ts), so an
   * approval binds to exact text; null for steps carried over from a version-1 file, which did not record it.
   */
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});
export type TransitionEntry = z.infer<typeof TransitionEntrySchema>;

/** How a version-1 article.json kept its steps, in its own `history` array. */
const LegacyTransitionSchema = z.object({
  at: IsoDateTime,
  by: z.string().max(200),
  from: ArticleStatusSchema,
  to: ArticleStatusSchema,
  note: z.string().max(20000).default(''),
});

/**
 * The steps a version-1 file holds in `history`, as log entries. An entry that does not read as a step is
 * counted, not guessed at: the file itself keeps it until the first save after the upgrade.
 */
export function legacyTransitions(raw: Record<string, unknown>): { entries: TransitionEntry[]; unreadable: number } {
  if (raw.schemaVersion !== 1 || !Array.isArray(raw.history)) return { entries: [], unreadable: 0 };
  const entries: TransitionEntry[] = [];
  let unreadable = 0;
  for (const item of raw.history as unknown[]) {
    const parsed = LegacyTransitionSchema.safeParse(item);
    if (!parsed.success) {
      unreadable += 1;
      continue;
    }
    entries.push({ format: TRANSITION_ENTRY_FORMAT, role: null, contentHash: null, ...parsed.data });
  }
  return { entries, unreadable };
}

/** Two entries describe the same step (used so a step carried over twice after a crash is written once). */
export function sameStep(a: TransitionEntry, b: TransitionEntry): boolean {
  return a.at === b.at && a.by === b.by && a.from === b.from && a.to === b.to && a.note === b.note;
}
