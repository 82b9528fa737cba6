import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Outbox } from '../../../../../electron/services/publishing/outbox/outbox';
import type { RemoteRecord } from '../../../../../electron/services/publishing/publish-target';
import { bundleNodeScript } from '../../../../fixtures/crash/save-loop-bundle';
import { mulberry32 } from '../../../../fixtures/crash/article-versions';
import { noMedia, until } from '../../../../fixtures/outbox/outbox-fixtures';
import { startRecordRemote, type RecordRemote } from '../../../../fixtures/outbox/record-remote';
import { RecordTarget } from '../../../../fixtures/outbox/record-target';
import { useTempDirs } from '../../../../fixtures/temp-dir';
import { eventually } from './outbox-harness';

const CHILD = new URL('../../../../fixtures/outbox/outbox-child.ts', import.meta.url).pathname;
const RANDOM_KILLS = 16;
const tempDir = useTempDirs('shpalta-outbox-kill-');

interface Said {
  queued: string[];
  sent: Array<[string, string]>;
  stderr: string;
  /** The moment to kill never came (the child was killed anyway). */
  missed: unknown;
}

/**
 * Runs the outbox in a child process on `dir`, adding `count` jobs, and SIGKILLs it when `killWhen` resolves
 * (it is given the child's `ready` moment). Returns what the child said before it died.
 */
async function killedChild(
  bundle: string,
  args: { dir: string; url: string; round: number; count: number },
  killWhen: () => Promise<void>,
): Promise<Said> {
  const child = spawn(process.execPath, [bundle, args.dir, args.url, String(args.round), String(args.count)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const said: Said = { queued: [], sent: [], stderr: '', missed: null };
  let pending = '';
  const ended = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.stderr.on('data', (chunk: Buffer) => (said.stderr += chunk.toString('utf8')));
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      const [word, id, record] = pending.slice(0, end).split(' ');
      pending = pending.slice(end + 1);
      if (word === 'ready')
        void killWhen()
          .catch((error: unknown) => void (said.missed = error))
          .finally(() => child.kill('SIGKILL'));
      if (word === 'queued' && id) said.queued.push(id);
      if (word === 'sent' && id && record) said.sent.push([id, record]);
    }
  });
  await ended;
  return said;
}

function duplicates(remote: RecordRemote): string[] {
  const seen = new Map<string, number>();
  for (const row of remote.rows()) seen.set(row.clientId, (seen.get(row.clientId) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
}

describe('the outbox killed mid-job', () => {
  it('every job goes out once, none twice, whenever the process dies', { timeout: 120_000 }, async () => {
    const base = await tempDir();
    const dir = path.join(base, 'outbox');
    const bundle = await bundleNodeScript(CHILD, path.join(base, 'outbox-child.mjs'));
    const remote = await startRecordRemote();
    const url = remote.connectUrl();
    const queued: string[] = [];
    const told: Array<[string, string]> = [];
    let round = 0;
    const run = async (count: number, killWhen: () => Promise<void>) => {
      const said = await killedChild(bundle, { dir, url, round: round++, count }, killWhen);
      expect(said.stderr).toBe('');
      queued.push(...said.queued);
      told.push(...said.sent);
      expect(duplicates(remote)).toEqual([]);
      expect(said.missed).toBeNull();
      return said;
    };
    const held = () => eventually(() => remote.held() === 1, 10_000);

    try {
      // The request reached the remote, which made the record and is about to answer: killed while it waits.
      remote.queueFor('POST', 'timeout-after');
      await run(4, held);
      expect(remote.rows()).toHaveLength(1);
      // Killed while the next start looks that job up.
      remote.queueFor('GET', 'timeout-before');
      await run(2, held);
      // Killed while a request waits at the remote before it made anything.
      remote.queueFor('POST', 'timeout-before');
      await run(2, held);
      // Killed right after a job's file was written, before it could be sent.
      await run(3, () => Promise.resolve());
      // Killed at random moments while jobs flow (some mid-write, some between the answer and the file).
      const random = mulberry32(5);
      for (let i = 0; i < RANDOM_KILLS; i++) {
        await run(4, () => new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 200))));
      }

      // The app starts once more: everything left is resumed and ends.
      const target = new RecordTarget('wordpress', remote, 5_000);
      const delivered: Array<[string, RemoteRecord | null]> = [];
      const outbox = await Outbox.open({
        dir,
        targets: [target],
        readMedia: noMedia,
        onSent: (job, record) => void delivered.push([job.id, record]),
        policy: { firstDelayMs: 20, maxDelayMs: 200 },
      });
      try {
        const jobs = await until(outbox, (all) => all.every((job) => job.state.kind === 'sent'));
        expect(outbox.list().problems).toEqual([]);
        const ids = jobs.map((job) => job.id);
        // Every job acknowledged as queued is there (and a job killed before its acknowledgement may be too).
        expect(queued.filter((id) => !ids.includes(id))).toEqual([]);
        // Each job made exactly one record, and every record belongs to a job.
        expect(
          remote
            .rows()
            .map((row) => row.clientId)
            .sort(),
        ).toEqual([...ids].sort());
        const recordOf = new Map(remote.rows().map((row) => [row.clientId, row.id]));
        for (const job of jobs)
          expect(job.state.kind === 'sent' && job.state.record?.id, job.id).toBe(recordOf.get(job.id));
        // The app heard of each job at least once (again after a kill between hearing and the file), always
        // with the same record.
        const heard = [...told, ...delivered.map(([id, record]) => [id, record?.id ?? '-'] as [string, string])];
        for (const [id, record] of heard) expect(record, id).toBe(recordOf.get(id));
        expect(new Set(heard.map(([id]) => id))).toEqual(new Set(ids));
        console.log(
          `outbox kill test: ${round} kills, ${ids.length} jobs, ${remote.rows().length} records, ` +
            `${heard.length - ids.length} repeated hand-overs to the app`,
        );
      } finally {
        await outbox.close();
      }
    } finally {
      await remote.close();
    }
  });
});
