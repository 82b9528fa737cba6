import { describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import {
  canCancel,
  canMarkSent,
  canRetry,
  isFinal,
  JobStateSchema,
  OutboxJobViewSchema,
  type JobState,
} from '../../../../shared/publishing/outbox/outbox-job';

const at = '2026-05-04T09:00:00.000Z';
const reason = message('publish.outbox.reason.unexpected');
const STATES: Record<string, JobState> = {
  waiting: { kind: 'waiting', why: 'offline', nextTryAt: at, checkFirst: true },
  sending: { kind: 'sending', step: 'send', since: at },
  sent: {
    kind: 'sent',
    at,
    record: { id: '7', url: 'https://news.example/7', extra: {} },
    by: 'target',
    recorded: true,
  },
  failed: { kind: 'failed', at, reason },
  unknown: { kind: 'unknown', at, reason },
  cancelled: { kind: 'cancelled', at },
};

describe("a job's state as a person sees it", () => {
  it('offers each action only where it makes sense', () => {
    const table = Object.entries(STATES).map(([name, state]) => [
      name,
      { retry: canRetry(state), markSent: canMarkSent(state), cancel: canCancel(state), final: isFinal(state) },
    ]);
    expect(Object.fromEntries(table)).toEqual({
      waiting: { retry: false, markSent: false, cancel: true, final: false },
      sending: { retry: false, markSent: false, cancel: false, final: false },
      sent: { retry: false, markSent: false, cancel: false, final: true },
      failed: { retry: true, markSent: true, cancel: true, final: true },
      unknown: { retry: true, markSent: true, cancel: true, final: true },
      cancelled: { retry: false, markSent: false, cancel: false, final: true },
    });
  });

  it('crosses the API checked: reasons must be catalogue messages, instants must carry a zone', () => {
    for (const state of Object.values(STATES)) expect(JobStateSchema.parse(state)).toEqual(state);
    expect(JobStateSchema.safeParse({ kind: 'failed', at, reason: { key: 'no.such.key' } }).success).toBe(false);
    expect(JobStateSchema.safeParse({ kind: 'cancelled', at: '2026-05-04 09:00' }).success).toBe(false);
    const view = {
      id: '3f2a9c1e-0000-4000-8000-000000000001',
      articleId: 'vesna',
      headline: 'Весна',
      target: 'telegram',
      action: 'publish',
      when: 'now',
      createdAt: at,
      attempts: 0,
      lastReason: null,
      state: STATES.waiting,
    };
    expect(OutboxJobViewSchema.parse(view)).toEqual(view);
    expect(OutboxJobViewSchema.safeParse({ ...view, id: '../etc' }).success).toBe(false);
    expect(OutboxJobViewSchema.safeParse({ ...view, target: 'facebook' }).success).toBe(false);
  });
});
