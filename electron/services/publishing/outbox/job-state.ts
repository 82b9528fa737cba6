import { message } from '../../../../shared/i18n/message';
import type { JobState } from '../../../../shared/publishing/outbox/outbox-job';
import type { PublishError, RemoteRecord } from '../publish-target';
import type { RetryPolicy } from './backoff';
import { isoAt } from './clock';
import type { OutboxJob } from './job-file';

/**
 * The job's state machine, as pure functions from a job and what happened to the next job. The worker decides
 * when; these decide what, and the outbox writes each result to disk before anything else happens.
 */

type Waiting = Extract<JobState, { kind: 'waiting' }>;

const waiting = (why: Waiting['why'], nextTryAt: number | null, checkFirst: boolean): Waiting => ({
  kind: 'waiting',
  why,
  nextTryAt: nextTryAt === null ? null : isoAt(nextTryAt),
  checkFirst,
});

/**
 * A new job waits for its turn; a scheduled one waits for its time unless the target holds it until then
 * itself (WordPress `future`), in which case it goes at once with the date.
 */
export function newJobState(when: string, schedulesItself: boolean, now: number): JobState {
  const at = when === 'now' ? now : Date.parse(when);
  if (!schedulesItself && at > now) return waiting('scheduled', at, false);
  return waiting('queued', null, false);
}

/**
 * A job as found when the outbox starts. One left in `sending` was cut off by the process's death: its request
 * may have reached the target, so a publication is looked up before anything is sent again. A withdrawal is
 * simply done again: taking down what is already gone is done. One that waited for an offline target is tried
 * at once: the network may well be back.
 */
export function resumed(job: OutboxJob): OutboxJob {
  if (job.state.kind === 'waiting' && job.state.why === 'offline')
    return { ...job, state: { ...job.state, why: 'queued', nextTryAt: null } };
  if (job.state.kind !== 'sending') return job;
  return {
    ...job,
    lastReason: message('publish.outbox.reason.interrupted'),
    state: waiting('queued', null, job.action === 'publish'),
  };
}

/** Written before the request leaves (write-ahead): a send counts as an attempt from this moment. */
export function attemptStarted(job: OutboxJob, step: 'send' | 'lookup', now: number): OutboxJob {
  return {
    ...job,
    attempts: step === 'send' ? job.attempts + 1 : job.attempts,
    state: { kind: 'sending', step, since: isoAt(now) },
  };
}

/** The lookup found nothing: the last try certainly did not act, so sending is safe. */
export function foundAbsent(job: OutboxJob): OutboxJob {
  return { ...job, lookups: 0, state: waiting('queued', null, false) };
}

export function outOfAttempts(job: OutboxJob, policy: Pick<RetryPolicy, 'maxAttempts'>): boolean {
  return job.attempts >= policy.maxAttempts;
}

/** Every try may have reached the target and none took: a person decides, with the last reason. */
export function gaveUp(job: OutboxJob, now: number): OutboxJob {
  const reason = job.lastReason ?? message('publish.outbox.reason.unexpected');
  return { ...job, state: { kind: 'failed', at: isoAt(now), reason } };
}

export function sentJob(
  job: OutboxJob,
  record: RemoteRecord | null,
  by: 'target' | 'person',
  recorded: boolean,
  now: number,
): OutboxJob {
  return { ...job, lookups: 0, lastReason: null, state: { kind: 'sent', at: isoAt(now), record, by, recorded } };
}

/**
 * What a failed try leads to; `nextTryAt` is when the worker will try again.
 * - not-sent: nothing happened there, so the try does not count; without the target's own wait (429) it did not
 *   answer at all, and the job waits as offline;
 * - unknown: a publication is looked up before the next send; a lookup that cannot tell counts toward the limit
 *   after which a person decides;
 * - rejected: asking again will not help. A refused lookup cannot tell whether the send acted: unknown.
 */
export function afterFailure(
  job: OutboxJob,
  step: 'send' | 'lookup',
  error: PublishError,
  nextTryAt: number,
  policy: Pick<RetryPolicy, 'maxLookups'>,
  now: number,
): OutboxJob {
  const reason = error.reason;
  const failed = { ...job, lastReason: reason };
  switch (error.outcome) {
    case 'not-sent': {
      const attempts = step === 'send' ? job.attempts - 1 : job.attempts;
      const why = error.retryAfterMs === null ? 'offline' : 'backoff';
      return { ...failed, attempts, state: waiting(why, nextTryAt, step === 'lookup') };
    }
    case 'rejected':
      return { ...failed, state: { kind: step === 'send' ? 'failed' : 'unknown', at: isoAt(now), reason } };
    case 'unknown': {
      if (step === 'send') return { ...failed, state: waiting('backoff', nextTryAt, job.action === 'publish') };
      const lookups = job.lookups + 1;
      if (lookups >= policy.maxLookups)
        return { ...failed, lookups, state: { kind: 'unknown', at: isoAt(now), reason } };
      return { ...failed, lookups, state: waiting('backoff', nextTryAt, true) };
    }
  }
}

/** "Try again" / "send again": the person decided, so it is sent, with a fresh count of tries. */
export function retriedByPerson(job: OutboxJob): OutboxJob {
  return { ...job, attempts: 0, lookups: 0, state: waiting('queued', null, false) };
}

/** "Mark as sent": the person saw it arrive; nothing is sent. */
export function markedSentByPerson(job: OutboxJob, recorded: boolean, now: number): OutboxJob {
  return sentJob(job, null, 'person', recorded, now);
}

export function cancelledByPerson(job: OutboxJob, now: number): OutboxJob {
  return { ...job, state: { kind: 'cancelled', at: isoAt(now) } };
}
