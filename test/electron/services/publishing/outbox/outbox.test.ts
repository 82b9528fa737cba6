import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import { message } from '../../../../../shared/i18n/message';
import type { OutboxJobView } from '../../../../../shared/publishing/outbox/outbox-job';
import { payloadFor, stateOf, until } from '../../../../fixtures/outbox/outbox-fixtures';
import { RETRY_AFTER_SECONDS } from '../../../../fixtures/outbox/record-remote';
import { eventually, useOutboxHarness } from './outbox-harness';

const harness = useOutboxHarness();
const publish = (articleId: string, headline = `Стаття ${articleId}`) => ({
  articleId,
  target: 'wordpress' as const,
  action: 'publish' as const,
  payload: payloadFor(articleId, headline),
});
const is = (kind: string) => (jobs: OutboxJobView[]) => jobs.every((job) => job.state.kind === kind);
/** The first job failed a try and waits for the next (its timer set). */
const retrying = (jobs: OutboxJobView[]) => jobs[0]?.state.kind === 'waiting' && jobs[0].lastReason !== null;
const fileState = async (dir: string, id: string) =>
  JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8')) as { state: unknown; attempts: number };

describe('the outbox sends a job', () => {
  it('once, records what the target made, and keeps it on disk as sent', async () => {
    const h = await harness();
    const outbox = await h.open();
    const job = await outbox.enqueue(publish('vesna'));
    expect(job.state).toMatchObject({ kind: 'waiting', why: 'queued' });
    const [done] = await until(outbox, is('sent'));
    const rows = h.remotes.wordpress.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ clientId: job.id, articleId: 'vesna', title: 'Стаття vesna' });
    const record = { id: rows[0]?.id, url: `https://remote.example/records/${rows[0]?.id}`, extra: {} };
    expect(done?.state).toEqual({ kind: 'sent', at: expect.any(String), record, by: 'target', recorded: true });
    expect(h.recorded).toEqual([{ jobId: job.id, record }]);
    // The file keeps what was sent, whole (the list in memory keeps only what it shows of history).
    const file = JSON.parse(await readFile(path.join(h.dir, `${job.id}.json`), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ state: done?.state, payload: payloadFor('vesna', 'Стаття vesna') });
  });

  it('writes the attempt to disk before the request leaves', async () => {
    const h = await harness();
    h.remotes.wordpress.queue('timeout-before');
    const outbox = await h.open();
    const job = await outbox.enqueue(publish('zyma'));
    await eventually(() => h.remotes.wordpress.held() === 1);
    expect(await fileState(h.dir, job.id)).toMatchObject({ attempts: 1, state: { kind: 'sending', step: 'send' } });
    // The request times out: it may have acted, so the job waits to look it up first.
    const [waiting] = await until(outbox, retrying);
    expect(waiting?.state).toMatchObject({ why: 'backoff', checkFirst: true });
    h.clock.advance(750);
    await until(outbox, is('sent'));
    expect(h.targets.wordpress.calls.map((call) => call.method)).toEqual(['send', 'lookup', 'send']);
    expect(h.remotes.wordpress.rows()).toHaveLength(1);
  });

  it('looks up an unknown outcome and does not send again when the target has it', async () => {
    for (const fault of ['timeout-after', '5xx-after', 'reset-after'] as const) {
      const h = await harness();
      h.remotes.wordpress.queue(fault);
      const outbox = await h.open();
      const job = await outbox.enqueue(publish('lito'));
      await until(outbox, retrying);
      h.clock.advance(750);
      const jobs = await until(outbox, is('sent'));
      expect(
        h.targets.wordpress.calls.map((call) => call.method),
        fault,
      ).toEqual(['send', 'lookup']);
      expect(
        h.remotes.wordpress.rows().map((row) => row.clientId),
        fault,
      ).toEqual([job.id]);
      expect(jobs[0]?.attempts, fault).toBe(1);
      expect(
        h.recorded.map((r) => r.jobId),
        fault,
      ).toEqual([job.id]);
    }
  });

  it('sends again when the lookup finds nothing', async () => {
    for (const fault of ['timeout-before', '5xx-before', 'reset-before'] as const) {
      const h = await harness();
      h.remotes.wordpress.queue(fault);
      const outbox = await h.open();
      await outbox.enqueue(publish('osin'));
      await until(outbox, retrying);
      h.clock.advance(750);
      await until(outbox, is('sent'));
      expect(
        h.targets.wordpress.calls.map((call) => call.method),
        fault,
      ).toEqual(['send', 'lookup', 'send']);
      expect(h.remotes.wordpress.rows(), fault).toHaveLength(1);
    }
  });

  it('ends as unknown after lookups that cannot tell; a person marks it sent', async () => {
    const h = await harness();
    h.remotes.wordpress.queue('5xx-after', '5xx-after', 'timeout-after', '5xx-after');
    const outbox = await h.open();
    const job = await outbox.enqueue(publish('nich'));
    for (const wait of [750, 1_500, 3_000]) {
      await eventually(() => h.clock.nextAt() !== null);
      h.clock.advance(wait);
    }
    const [unknown] = await until(outbox, is('unknown'));
    expect(unknown?.state).toMatchObject({
      kind: 'unknown',
      reason: message('error.io.reason.other', { code: 'HTTP 503' }),
    });
    expect(h.targets.wordpress.calls.map((call) => call.method)).toEqual(['send', 'lookup', 'lookup', 'lookup']);
    expect(h.clock.nextAt()).toBeNull(); // nothing more is tried: a person decides

    const marked = await outbox.markSent(job.id);
    expect(marked.state).toMatchObject({ kind: 'sent', by: 'person', record: null, recorded: true });
    expect(h.recorded).toEqual([{ jobId: job.id, record: null }]);
    expect(h.remotes.wordpress.rows()).toHaveLength(1);
  });

  it("an article's later jobs wait while its earlier one is unknown; other articles go on", async () => {
    const h = await harness();
    h.remotes.wordpress.queue('5xx-after', 'reject'); // sent, then the lookup is refused: nobody can tell
    const outbox = await h.open();
    const first = await outbox.enqueue(publish('h-one', 'Перший'));
    await until(outbox, retrying);
    h.clock.advance(750);
    await until(outbox, is('unknown'));
    const correction = await outbox.enqueue(publish('h-one', 'Виправлений'));
    const other = await outbox.enqueue(publish('h-two'));
    const jobs = await until(outbox, (all) => stateOf(all, other.id)?.kind === 'sent');
    expect(stateOf(jobs, correction.id)).toEqual({ kind: 'waiting', why: 'held', nextTryAt: null, checkFirst: false });
    expect(h.targets.wordpress.calls.map((call) => call.jobId)).not.toContain(correction.id);

    const [made] = h.remotes.wordpress.rows();
    await outbox.markSent(first.id);
    await until(outbox, (all) => stateOf(all, correction.id)?.kind === 'sent');
    expect(h.targets.wordpress.calls.filter((call) => call.jobId === correction.id)).toHaveLength(1);
    expect(made?.clientId).toBe(first.id);
  });

  it('«Надіслати ще раз» after an unknown outcome sends, as the person decided', async () => {
    const h = await harness();
    h.remotes.wordpress.queue('5xx-before', 'reject');
    const outbox = await h.open();
    const job = await outbox.enqueue(publish('ranok'));
    await until(outbox, retrying);
    h.clock.advance(750);
    await until(outbox, is('unknown')); // the lookup was refused: nobody can tell
    await outbox.retry(job.id);
    await until(outbox, is('sent'));
    expect(h.targets.wordpress.calls.map((call) => call.method)).toEqual(['send', 'lookup', 'send']);
    expect(h.remotes.wordpress.rows()).toHaveLength(1);
  });

  it('ends as failed with the reason when the target refuses; «Спробувати ще раз» sends it', async () => {
    const h = await harness();
    h.remotes.wordpress.queue('reject');
    const outbox = await h.open();
    const job = await outbox.enqueue(publish('den'));
    const [failed] = await until(outbox, is('failed'));
    expect(failed?.state).toMatchObject({
      kind: 'failed',
      reason: message('error.io.reason.other', { code: 'HTTP 422' }),
    });
    expect(h.clock.nextAt()).toBeNull();
    await expect(outbox.markSent('no-such-job')).rejects.toMatchObject({ code: 'not-found' });
    const retried = await outbox.retry(job.id);
    expect(retried.state).toMatchObject({ kind: 'waiting', why: 'queued', checkFirst: false });
    await until(outbox, is('sent'));
    expect(h.remotes.wordpress.rows()).toHaveLength(1);
    await expect(outbox.retry(job.id)).rejects.toBeInstanceOf(ApiError);
    await expect(outbox.cancel(job.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('gives up as failed after too many tries that may have reached the target', async () => {
    const h = await harness();
    h.remotes.wordpress.queue('5xx-before', 'ok', '5xx-before', 'ok'); // each send fails; each lookup finds nothing
    const outbox = await h.open({ policy: { firstDelayMs: 1_000, maxDelayMs: 1_000, maxAttempts: 2 } });
    await outbox.enqueue(publish('vechir'));
    for (let i = 0; i < 2; i++) {
      await eventually(() => h.clock.nextAt() !== null);
      h.clock.advance(1_000);
    }
    const [failed] = await until(outbox, is('failed'));
    expect(failed).toMatchObject({
      attempts: 2,
      state: { reason: message('error.io.reason.other', { code: 'HTTP 503' }) },
    });
    expect(h.remotes.wordpress.rows()).toHaveLength(0);
  });

  it("waits at least as long as the target's Retry-After", async () => {
    const h = await harness();
    h.remotes.wordpress.queue('429');
    const outbox = await h.open();
    const job = await outbox.enqueue(publish('obid'));
    const [waiting] = await until(outbox, retrying);
    const start = h.clock.now();
    expect(waiting?.state).toMatchObject({ why: 'backoff', checkFirst: false });
    expect(Date.parse(String((waiting?.state as { nextTryAt: string }).nextTryAt)) - start).toBe(
      RETRY_AFTER_SECONDS * 1000,
    );
    h.clock.advance(RETRY_AFTER_SECONDS * 1000 - 1);
    expect(h.remotes.wordpress.log()).toHaveLength(1);
    h.clock.advance(1);
    await until(outbox, is('sent'));
    expect(h.remotes.wordpress.log().map((entry) => entry.at - start)).toEqual([0, RETRY_AFTER_SECONDS * 1000]);
    expect(stateOf(outbox.list().jobs, job.id)).toMatchObject({ kind: 'sent' });
  });
});

describe('offline', () => {
  it('jobs wait in order while the target is probed with growing waits, then drain in order', async () => {
    const h = await harness();
    h.remotes.wordpress.offline(true);
    const outbox = await h.open();
    const ids = [];
    for (const name of ['a-one', 'a-two', 'a-three']) ids.push((await outbox.enqueue(publish(name))).id);
    await until(outbox, (all) => outbox.list().targets[0]?.online === false && is('waiting')(all));
    const { jobs, targets } = outbox.list();
    expect(jobs.map((job) => job.state)).toEqual(
      jobs.map(() => ({ kind: 'waiting', why: 'offline', nextTryAt: targets[0]?.nextTryAt, checkFirst: false })),
    );
    expect(jobs.every((job) => job.attempts === 0)).toBe(true); // a refused connection is not a try
    for (const wait of [1_500, 3_000, 6_000]) {
      const tries = h.remotes.wordpress.log().length;
      h.clock.advance(wait - 1);
      expect(h.remotes.wordpress.log()).toHaveLength(tries);
      h.clock.advance(1);
      await eventually(() => h.remotes.wordpress.log().length === tries + 1);
      await eventually(() => h.clock.nextAt() !== null);
    }
    h.remotes.wordpress.offline(false);
    h.clock.advance(12_000);
    await until(outbox, is('sent'));
    expect(h.remotes.wordpress.rows().map((row) => row.clientId)).toEqual(ids);
    expect(outbox.list().targets[0]).toMatchObject({ online: true, nextTryAt: null });
  });

  it('online() drains the waiting jobs at once', async () => {
    const h = await harness();
    h.remotes.wordpress.offline(true);
    const outbox = await h.open();
    const ids = [(await outbox.enqueue(publish('b-one'))).id, (await outbox.enqueue(publish('b-two'))).id];
    await until(outbox, () => outbox.list().targets[0]?.online === false);
    h.remotes.wordpress.offline(false);
    outbox.online();
    await until(outbox, is('sent'));
    expect(h.remotes.wordpress.rows().map((row) => row.clientId)).toEqual(ids);
  });

  it("one target's trouble does not hold up another", async () => {
    const h = await harness(['wordpress', 'telegram']);
    h.remotes.wordpress.offline(true);
    const outbox = await h.open();
    await outbox.enqueue(publish('c-one'));
    const telegram = await outbox.enqueue({ ...publish('c-one'), target: 'telegram' });
    const jobs = await until(outbox, (all) => stateOf(all, telegram.id)?.kind === 'sent');
    expect(jobs.find((job) => job.target === 'wordpress')?.state).toMatchObject({ kind: 'waiting', why: 'offline' });
    expect(h.remotes.telegram.rows()).toHaveLength(1);
    expect(h.remotes.wordpress.rows()).toHaveLength(0);
  });
});

describe('scheduled, corrected, withdrawn, cancelled', () => {
  it('a target that schedules itself gets the date at once; another waits for the time', async () => {
    const h = await harness(['wordpress', 'telegram']);
    const outbox = await h.open();
    const when = new Date(h.clock.now() + 3_600_000).toISOString();
    const wp = await outbox.enqueue({ ...publish('d-one'), when });
    const tg = await outbox.enqueue({ ...publish('d-one'), target: 'telegram', when });
    expect(tg.state).toEqual({ kind: 'waiting', why: 'scheduled', nextTryAt: when, checkFirst: false });
    const now = await outbox.enqueue({ ...publish('d-two'), target: 'telegram' });
    await until(outbox, (jobs) => stateOf(jobs, wp.id)?.kind === 'sent' && stateOf(jobs, now.id)?.kind === 'sent');
    expect(h.targets.wordpress.calls).toMatchObject([{ method: 'send', when }]);
    expect(h.targets.telegram.calls.map((call) => call.jobId)).toEqual([now.id]);
    h.clock.advance(3_600_000 - 1);
    expect(stateOf(outbox.list().jobs, tg.id)).toMatchObject({ kind: 'waiting', why: 'scheduled' });
    h.clock.advance(1);
    await until(outbox, (jobs) => stateOf(jobs, tg.id)?.kind === 'sent');
    expect(h.targets.telegram.calls.map((call) => [call.jobId, call.when])).toEqual([
      [now.id, 'now'],
      [tg.id, 'now'],
    ]);
  });

  it('a correction updates what the first publish made; a withdrawal takes it down', async () => {
    const h = await harness();
    const outbox = await h.open();
    const first = await outbox.enqueue(publish('e-one', 'Перший заголовок'));
    const second = await outbox.enqueue(publish('e-one', 'Виправлений заголовок'));
    const gone = await outbox.enqueue({ ...publish('e-one'), action: 'withdraw' });
    await until(outbox, is('sent'));
    const [made] = h.recorded;
    expect(h.targets.wordpress.calls.map((call) => [call.method, call.previous?.id ?? null])).toEqual([
      ['send', null],
      ['send', made?.record?.id],
      ['withdraw', made?.record?.id],
    ]);
    expect(h.recorded.map((r) => r.jobId)).toEqual([first.id, second.id, gone.id]);
    expect(h.remotes.wordpress.rows()).toHaveLength(0);
    expect(h.remotes.wordpress.log().map((entry) => entry.method)).toEqual(['POST', 'PUT', 'DELETE']);
  });

  it('a cancelled job is never sent', async () => {
    const h = await harness();
    const outbox = await h.open({ schedulesItself: { wordpress: false } });
    const later = await outbox.enqueue({ ...publish('f-one'), when: new Date(h.clock.now() + 60_000).toISOString() });
    const cancelled = await outbox.cancel(later.id);
    expect(cancelled.state).toMatchObject({ kind: 'cancelled' });
    h.clock.advance(120_000);
    const next = await outbox.enqueue(publish('f-two'));
    await until(outbox, (jobs) => stateOf(jobs, next.id)?.kind === 'sent');
    expect(h.targets.wordpress.calls.map((call) => call.jobId)).toEqual([next.id]);
    await expect(outbox.cancel(later.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses a time without a zone and a payload its file could not hold', async () => {
    const h = await harness();
    const outbox = await h.open();
    await expect(outbox.enqueue({ ...publish('g-one'), when: '2026-05-04 12:00' })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await expect(outbox.enqueue({ ...publish('g-two'), articleId: 'Not An Id' })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    expect(outbox.list().jobs).toEqual([]);
  });
});
