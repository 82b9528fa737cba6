import { describe, expect, it } from 'vitest';
import { message } from '../../../../../shared/i18n/message';
import { PublishError } from '../../../../../electron/services/publishing/publish-target';
import { checkedJob, type OutboxJob } from '../../../../../electron/services/publishing/outbox/job-file';
import {
  afterFailure,
  attemptStarted,
  newJobState,
  resumed,
} from '../../../../../electron/services/publishing/outbox/job-state';
import { payloadFor } from '../../../../fixtures/outbox/outbox-fixtures';

const NOW = Date.parse('2026-05-04T09:00:00.000Z');
const LATER = NOW + 4_000;
const reason = message('error.io.reason.other', { code: 'HTTP 503' });
const policy = { maxLookups: 3 };

function job(action: 'publish' | 'withdraw' = 'publish', fields: Partial<OutboxJob> = {}): OutboxJob {
  return checkedJob({
    schemaVersion: 1,
    id: 'job-00000001',
    seq: 0,
    articleId: 'vesna',
    target: 'wordpress',
    action,
    payload: payloadFor('vesna', 'Весна'),
    previous: null,
    when: 'now',
    createdAt: new Date(NOW).toISOString(),
    attempts: 0,
    lookups: 0,
    lastReason: null,
    state: newJobState('now', false, NOW),
    ...fields,
  });
}

describe('the job state machine', () => {
  it('a scheduled job waits for its time unless the target holds it itself', () => {
    const when = new Date(NOW + 3_600_000).toISOString();
    expect(newJobState(when, false, NOW)).toEqual({
      kind: 'waiting',
      why: 'scheduled',
      nextTryAt: when,
      checkFirst: false,
    });
    expect(newJobState(when, true, NOW)).toMatchObject({ why: 'queued', nextTryAt: null });
    expect(newJobState(new Date(NOW - 1).toISOString(), false, NOW)).toMatchObject({ why: 'queued' });
  });

  it('classes each failure of a send', () => {
    const sending = attemptStarted(job(), 'send', NOW);
    expect(sending.attempts).toBe(1);
    const next = (error: PublishError) => afterFailure(sending, 'send', error, LATER, policy, NOW);
    const waiting = (why: string, checkFirst: boolean) => ({
      kind: 'waiting',
      why,
      nextTryAt: new Date(LATER).toISOString(),
      checkFirst,
    });
    // Certainly not acted: the try does not count.
    expect(next(new PublishError('not-sent', reason))).toMatchObject({ attempts: 0, state: waiting('offline', false) });
    expect(next(new PublishError('not-sent', reason, 30_000))).toMatchObject({
      attempts: 0,
      state: waiting('backoff', false),
    });
    // May have acted: looked up before any resend.
    expect(next(new PublishError('unknown', reason))).toMatchObject({
      attempts: 1,
      lastReason: reason,
      state: waiting('backoff', true),
    });
    expect(next(new PublishError('rejected', reason)).state).toEqual({
      kind: 'failed',
      at: new Date(NOW).toISOString(),
      reason,
    });
    // Taking down again is safe: a withdrawal is not looked up.
    const withdrawing = attemptStarted(job('withdraw'), 'send', NOW);
    expect(
      afterFailure(withdrawing, 'send', new PublishError('unknown', reason), LATER, policy, NOW).state,
    ).toMatchObject(waiting('backoff', false));
  });

  it('a lookup that cannot tell counts toward unknown; a refused one is unknown at once', () => {
    let current = attemptStarted(job('publish', { attempts: 1 }), 'lookup', NOW);
    for (let i = 1; i < 3; i++) {
      current = afterFailure(current, 'lookup', new PublishError('unknown', reason), LATER, policy, NOW);
      expect(current).toMatchObject({ lookups: i, attempts: 1, state: { kind: 'waiting', checkFirst: true } });
      current = attemptStarted(current, 'lookup', NOW);
    }
    expect(
      afterFailure(current, 'lookup', new PublishError('unknown', reason), LATER, policy, NOW).state,
    ).toMatchObject({
      kind: 'unknown',
      reason,
    });
    const offline = afterFailure(current, 'lookup', new PublishError('not-sent', reason), LATER, policy, NOW);
    expect(offline).toMatchObject({ lookups: 2, state: { why: 'offline', checkFirst: true } });
    expect(afterFailure(current, 'lookup', new PublishError('rejected', reason), LATER, policy, NOW).state.kind).toBe(
      'unknown',
    );
  });

  it('at start, a job cut off mid-send is looked up first, and an offline wait is dropped', () => {
    const cut = resumed(attemptStarted(job(), 'send', NOW));
    expect(cut).toMatchObject({
      lastReason: message('publish.outbox.reason.interrupted'),
      state: { kind: 'waiting', why: 'queued', nextTryAt: null, checkFirst: true },
    });
    expect(resumed(attemptStarted(job('withdraw'), 'send', NOW)).state).toMatchObject({ checkFirst: false });
    const offline = afterFailure(
      attemptStarted(job(), 'send', NOW),
      'send',
      new PublishError('not-sent', reason),
      LATER,
      policy,
      NOW,
    );
    expect(resumed(offline).state).toEqual({ kind: 'waiting', why: 'queued', nextTryAt: null, checkFirst: false });
    const backoff = afterFailure(
      attemptStarted(job(), 'send', NOW),
      'send',
      new PublishError('unknown', reason),
      LATER,
      policy,
      NOW,
    );
    expect(resumed(backoff)).toEqual(backoff);
  });
});
