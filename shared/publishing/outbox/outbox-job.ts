import { isWireMessage } from '../../api/errors';
import type { Message } from '../../i18n/message';
import { z } from '../../validation/zod';
import { TargetKindSchema } from '../publishing-setup';

/** Words for a person (a catalogue key and its params), checked as any message from outside is. */
export const JobReasonSchema = z.custom<Message>(isWireMessage);
const Instant = z.iso.datetime({ offset: true });

export { TARGET_KINDS, TargetKindSchema } from '../publishing-setup';

export const JobActionSchema = z.enum(['publish', 'withdraw']);
export type JobAction = z.infer<typeof JobActionSchema>;

/** A job's id is also its file's name and the client id a target keeps with what it made. */
export const OutboxJobIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{7,63}$/);

/** `now`, or the instant a scheduled article goes out. */
export const JobWhenSchema = z.union([z.literal('now'), Instant]);
export type JobWhen = z.infer<typeof JobWhenSchema>;

/** What a target made: the shape of publish-target.ts's RemoteRecord (never holds a secret). */
export const RemoteRecordSchema = z.object({
  id: z.string().max(2000),
  url: z.string().max(8000).nullable(),
  extra: z.record(z.string(), z.string().max(8000)),
});

/**
 * Where a job stands. Final: sent, failed, unknown, cancelled; failed and unknown wait for a person
 * (try again, or mark as sent), the others need nothing more.
 */
export const JobStateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('waiting'),
    /**
     * queued: its turn comes; offline: the target did not answer; backoff: after a failed try; scheduled: its time
     * comes; held: an earlier job of the same article and target ended unknown, and a person decides on it first
     * (shown only: sending after it could post the article twice).
     */
    why: z.enum(['queued', 'offline', 'backoff', 'scheduled', 'held']),
    /** When it is tried next; null when it only waits for its turn. */
    nextTryAt: Instant.nullable(),
    /** The last try may have reached the target: it is looked up before anything is sent again. */
    checkFirst: z.boolean(),
  }),
  /** Written before the request leaves: found so at start, the process died mid-attempt. */
  z.object({ kind: z.literal('sending'), step: z.enum(['send', 'lookup']), since: Instant }),
  z.object({
    kind: z.literal('sent'),
    at: Instant,
    /** What the target made; null for a withdrawal or when a person marked it sent. */
    record: RemoteRecordSchema.nullable(),
    by: z.enum(['target', 'person']),
    /** Whether the app has written the record into the article (done again at the next start when not). */
    recorded: z.boolean(),
  }),
  z.object({ kind: z.literal('failed'), at: Instant, reason: JobReasonSchema }),
  /** It may or may not have gone out and lookup could not tell: `reason` is what the lookup ran into. */
  z.object({ kind: z.literal('unknown'), at: Instant, reason: JobReasonSchema }),
  z.object({ kind: z.literal('cancelled'), at: Instant }),
]);
export type JobState = z.infer<typeof JobStateSchema>;

/** What a person sees of a job (the payload stays in the job file). */
export const OutboxJobViewSchema = z.object({
  id: OutboxJobIdSchema,
  articleId: z.string(),
  headline: z.string(),
  target: TargetKindSchema,
  action: JobActionSchema,
  when: JobWhenSchema,
  createdAt: Instant,
  /** Tries that may have reached the target (a refused connection does not count). */
  attempts: z.number().int().min(0),
  /** Why the last try failed; null before any failure and after success. */
  lastReason: JobReasonSchema.nullable(),
  state: JobStateSchema,
});
export type OutboxJobView = z.infer<typeof OutboxJobViewSchema>;

/** A target as a whole: offline while it does not answer, with the time of the next probe. */
export const TargetStatusSchema = z.object({
  target: TargetKindSchema,
  online: z.boolean(),
  nextTryAt: Instant.nullable(),
});
export type TargetStatus = z.infer<typeof TargetStatusSchema>;

/** «Надіслати ще раз» / «Спробувати ще раз». */
export function canRetry(state: JobState): boolean {
  return state.kind === 'failed' || state.kind === 'unknown';
}

/** «Позначити як надіслане»: a person saw it arrive. */
export function canMarkSent(state: JobState): boolean {
  return state.kind === 'failed' || state.kind === 'unknown';
}

/** A job that has not gone out (or whose outcome a person sets aside) can be dropped; one on the wire cannot. */
export function canCancel(state: JobState): boolean {
  return state.kind === 'waiting' || state.kind === 'failed' || state.kind === 'unknown';
}

export function isFinal(state: JobState): boolean {
  return state.kind === 'sent' || state.kind === 'failed' || state.kind === 'unknown' || state.kind === 'cancelled';
}
