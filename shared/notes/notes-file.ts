import { z } from '../validation/zod';

/** The version of notes.json this build writes. A newer file is reported and left as it is. */
export const NOTES_SCHEMA_VERSION = 1;

/** Beside article.json: review threads live apart from the body, so a note never changes the text's hash. */
export const NOTES_FILE_NAME = 'notes.json';

/** The body's mark that anchors a thread to its text (renderer/src/editor/features/notes/comment-mark.ts). */
export const COMMENT_MARK = 'comment';

/** Limits far above a real review: a larger file was not written by the app. */
export const NOTES_LIMITS = {
  text: 10_000,
  quote: 2_000,
  author: 200,
  threads: 2_000,
  replies: 500,
} as const;

/** A note's id is also the mark's attribute in the body: a safe alphabet, never markup. */
export const NoteIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{5,63}$/);

const IsoDateTime = z.iso.datetime({ offset: true });

export const NoteReplySchema = z.object({
  author: z.string().max(NOTES_LIMITS.author),
  at: IsoDateTime,
  text: z.string().min(1).max(NOTES_LIMITS.text),
});
export type NoteReply = z.infer<typeof NoteReplySchema>;

/** Who resolved or reopened a thread and when; the last one says whether it is resolved now. */
export const NoteResolutionSchema = z.object({
  resolved: z.boolean(),
  by: z.string().max(NOTES_LIMITS.author),
  at: IsoDateTime,
});
export type NoteResolution = z.infer<typeof NoteResolutionSchema>;

export const NoteThreadSchema = z.object({
  id: NoteIdSchema,
  /** The marked text when the note was written: shown when that text has since been deleted. */
  quote: z.string().max(NOTES_LIMITS.quote),
  author: z.string().max(NOTES_LIMITS.author),
  at: IsoDateTime,
  text: z.string().min(1).max(NOTES_LIMITS.text),
  replies: z.array(NoteReplySchema).max(NOTES_LIMITS.replies).default([]),
  resolutions: z.array(NoteResolutionSchema).max(NOTES_LIMITS.replies).default([]),
});
export type NoteThread = z.infer<typeof NoteThreadSchema>;

export const NotesFileSchema = z.object({
  schemaVersion: z.literal(NOTES_SCHEMA_VERSION),
  threads: z.array(NoteThreadSchema).max(NOTES_LIMITS.threads),
});
export type NotesFile = z.infer<typeof NotesFileSchema>;

export function isResolved(thread: NoteThread): boolean {
  return thread.resolutions.at(-1)?.resolved ?? false;
}
