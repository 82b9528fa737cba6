import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../../../electron/services/publishing/outbox/outbox';
import type { RemoteRecord, TargetKind } from '../../../../../electron/services/publishing/publish-target';
import { isFinal, type JobState } from '../../../../../shared/publishing/outbox/outbox-job';
import { mulberry32 } from '../../../../fixtures/crash/article-versions';
import { ManualClock } from '../../../../fixtures/outbox/manual-clock';
import { noMedia, payloadFor } from '../../../../fixtures/outbox/outbox-fixtures';
import {
  FAULTS,
  RETRY_AFTER_SECONDS,
  startRecordRemote,
  type RecordRemote,
} from '../../../../fixtures/outbox/record-remote';
import { RecordTarget } from '../../../../fixtures/outbox/record-target';

const pathExists = (where: string) =>
  access(where).then(
    () => true,
    () => false,
  );

const JOBS = Number(process.env.OUTBOX_CHAOS_JOBS ?? 1_000);
const KINDS: TargetKind[] = ['static', 'wordpress', 'telegram'];
/**
 * On a RAM disk where there is one: the chaos is in the network, and a thousand jobs' fsyncs on a shared disk take
 * longer than all of it (the kill test writes to a real disk).
 */
async function chaosDir(): Promise<string> {
  const ram = '/dev/shm';
  const base = process.platform === 'linux' && (await pathExists(ram)) ? ram : os.tmpdir();
  return mkdtemp(path.join(base, 'shpalta-outbox-chaos-'));
}
const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the outbox under chaos', () => {
  it(`${JOBS} jobs through three faulty remotes: none lost, none doubled, every one ends visibly`, async () => {
    const dir = await chaosDir();
    made.push(dir);
    const random = mulberry32(21);
    // Backoffs of minutes pass in no real time; sockets and files are real.
    const clock = new ManualClock(undefined, true);
    const remotes = {} as Record<TargetKind, RecordRemote>;
    const targets: RecordTarget[] = [];
    for (const kind of KINDS) {
      remotes[kind] = await startRecordRemote(() => clock.now());
      remotes[kind].random({ random, rate: 0.3, lookupRate: 0.1, kinds: FAULTS });
      targets.push(new RecordTarget(kind, remotes[kind], 80, () => clock.now()));
    }
    const recorded = new Map<string, Array<RemoteRecord | null>>();
    const states = new Map<string, JobState>();
    const outbox = await Outbox.open({
      dir,
      targets,
      readMedia: noMedia,
      onSent: (job, record) => void recorded.set(job.id, [...(recorded.get(job.id) ?? []), record]),
      clock,
      random,
      policy: { firstDelayMs: 1_000, maxDelayMs: 60_000 },
    });
    try {
      let finals = 0;
      const allFinal = new Promise<void>((resolve) => {
        outbox.subscribe((event) => {
          if (event.kind !== 'job') return;
          const was = states.get(event.job.id);
          states.set(event.job.id, event.job.state);
          if (isFinal(event.job.state) && !(was && isFinal(was))) finals++;
          if (finals === JOBS) resolve();
        });
      });
      const made = new Map<string, TargetKind>();
      for (let i = 0; i < JOBS; i++) {
        const target = KINDS[i % KINDS.length] as TargetKind;
        const articleId = `chaos-${i}`;
        const job = await outbox.enqueue({
          articleId,
          target,
          action: 'publish',
          payload: payloadFor(articleId, `№ ${i}`),
        });
        made.set(job.id, target);
      }
      await allFinal;

      // 0 lost: every job is listed, in a final state, and has its file.
      const { jobs } = outbox.list();
      expect(jobs).toHaveLength(JOBS);
      expect(new Set(jobs.map((job) => job.id))).toEqual(new Set(made.keys()));
      expect(jobs.filter((job) => !isFinal(job.state))).toEqual([]);
      expect((await readdir(dir)).filter((name) => name.endsWith('.json'))).toHaveLength(JOBS);

      // 0 duplicates: no client id made two records anywhere, and no record was made by a job not in the outbox.
      const rows = KINDS.flatMap((kind) => remotes[kind].rows().map((row) => ({ ...row, kind })));
      const byClient = new Map<string, typeof rows>();
      for (const row of rows) byClient.set(row.clientId, [...(byClient.get(row.clientId) ?? []), row]);
      expect([...byClient.entries()].filter(([, made]) => made.length > 1)).toEqual([]);
      expect([...byClient.keys()].filter((id) => !made.has(id))).toEqual([]);

      // Every sent job has exactly its one record at its own target, and the app was told once; a failed one made
      // none; an unknown one is left to a person with what the lookup ran into.
      const tally: Record<string, number> = {};
      for (const job of jobs) {
        tally[job.state.kind] = (tally[job.state.kind] ?? 0) + 1;
        const own = byClient.get(job.id) ?? [];
        if (job.state.kind === 'sent') {
          expect(own.map((row) => [row.kind, row.id])).toEqual([[job.target, job.state.record?.id]]);
          expect(recorded.get(job.id)).toEqual([job.state.record]);
        } else {
          expect(recorded.has(job.id)).toBe(false);
        }
        if (job.state.kind === 'failed') expect(own).toEqual([]);
      }
      expect(tally.sent).toBeGreaterThan(JOBS * 0.8);

      // Every fault happened, and a 429 was always waited out before the target's next request.
      const log = KINDS.flatMap((kind) => remotes[kind].log());
      const seen = new Set(log.map((entry) => entry.fault));
      for (const fault of FAULTS) expect(seen.has(fault), fault).toBe(true);
      let throttled = 0;
      for (const target of targets) {
        target.calls.forEach((call, index) => {
          const next = target.calls[index + 1];
          if (!call.throttled || !next) return;
          throttled++;
          expect(next.at - call.at).toBeGreaterThanOrEqual(RETRY_AFTER_SECONDS * 1000);
        });
      }
      expect(throttled).toBeGreaterThan(0);
      console.log(
        `outbox chaos: ${JOBS} jobs, ${log.length} requests, ${log.filter((e) => e.fault).length} faults, ` +
          `ended ${JSON.stringify(tally)}, ${Math.round((clock.now() - Date.parse('2026-05-04T09:00:00Z')) / 60_000)} virtual minutes`,
      );
    } finally {
      await outbox.close();
      for (const kind of KINDS) await remotes[kind].close();
    }

    // And all of it is on disk: a new outbox on the folder lists the same jobs in the same states.
    const again = await Outbox.open({ dir, targets: [], readMedia: noMedia, onSent: () => undefined, clock });
    try {
      const listed = again.list();
      expect(listed.problems).toEqual([]);
      expect(new Map(listed.jobs.map((job) => [job.id, job.state]))).toEqual(states);
    } finally {
      await again.close();
    }
  }, 120_000);
});
