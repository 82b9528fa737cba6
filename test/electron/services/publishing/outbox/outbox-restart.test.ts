import { spawnSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../../../../shared/i18n/message';
import type { OutboxJobView } from '../../../../../shared/publishing/outbox/outbox-job';
import { payloadFor, until } from '../../../../fixtures/outbox/outbox-fixtures';
import { eventually, useOutboxHarness } from './outbox-harness';

const harness = useOutboxHarness();
const publish = (articleId: string) => ({
  articleId,
  target: 'wordpress' as const,
  action: 'publish' as const,
  payload: payloadFor(articleId, `Стаття ${articleId}`),
});
const allSent = (jobs: OutboxJobView[]) => jobs.every((job) => job.state.kind === 'sent');

describe('the outbox after a restart', () => {
  it('a new outbox on the same folder sends the waiting jobs, in order', async () => {
    const h = await harness();
    h.remotes.wordpress.offline(true);
    const first = await h.open();
    const ids: string[] = [];
    for (const name of ['r-one', 'r-two', 'r-three', 'r-four']) ids.push((await first.enqueue(publish(name))).id);
    await until(first, (jobs) => jobs.every((job) => job.state.kind === 'waiting'));
    await first.close();
    h.remotes.wordpress.offline(false);

    const second = await h.open();
    const jobs = await until(second, allSent);
    expect(jobs.map((job) => job.id)).toEqual([...ids].reverse()); // the list is newest first
    expect(h.remotes.wordpress.rows().map((row) => row.clientId)).toEqual(ids);
    // A job made after the restart comes after the old ones.
    const later = await second.enqueue(publish('r-five'));
    await until(second, allSent);
    expect(h.remotes.wordpress.rows().map((row) => row.clientId)).toEqual([...ids, later.id]);
  });

  for (const [fault, arrived] of [
    ['timeout-after', true],
    ['timeout-before', false],
  ] as const) {
    it(`a job left in "sending" is looked up first (the request ${arrived ? 'had' : 'had not'} arrived)`, async () => {
      const h = await harness();
      h.remotes.wordpress.queue(fault);
      const first = await h.open();
      const job = await first.enqueue(publish('s-one'));
      const file = path.join(h.dir, `${job.id}.json`);
      await eventually(() => h.remotes.wordpress.held() === 1);
      // The file as a process killed right now would leave it (the kill test does it for real).
      await copyFile(file, `${file}.crash`);
      await first.close();
      await copyFile(`${file}.crash`, file);
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ state: { kind: 'sending', step: 'send' } });
      const before = h.targets.wordpress.calls.length;

      const second = await h.open();
      const resumed = second.list().jobs[0];
      expect(resumed?.state).toMatchObject({ kind: 'waiting', checkFirst: true });
      expect(resumed?.lastReason).toEqual(message('publish.outbox.reason.interrupted'));
      await until(second, allSent);
      const after = h.targets.wordpress.calls.slice(before).map((call) => call.method);
      expect(after).toEqual(arrived ? ['lookup'] : ['lookup', 'send']);
      expect(h.remotes.wordpress.rows().map((row) => row.clientId)).toEqual([job.id]);
    });
  }

  it('a damaged job file and one from a newer app are reported and left untouched', async () => {
    const h = await harness();
    const first = await h.open();
    const good = await first.enqueue(publish('t-one'));
    await until(first, allSent);
    await first.close();
    const goodText = await readFile(path.join(h.dir, `${good.id}.json`), 'utf8');
    const newer = goodText.replace('"schemaVersion":1', '"schemaVersion":9').replace(good.id, 'newer-job-0001');
    const files: Record<string, string> = {
      'torn-job-0001.json': goodText.slice(0, 200),
      'newer-job-0001.json': newer,
      'wrong-name-0001.json': goodText,
      'not-a-job-0001.json': '[1, 2, 3]',
    };
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(h.dir, name), text);

    const second = await h.open();
    const { jobs, problems } = second.list();
    expect(jobs.map((job) => job.id)).toEqual([good.id]);
    expect(problems).toEqual([
      {
        path: path.join(h.dir, 'newer-job-0001.json'),
        reason: message('damaged.newerFormat', { version: 9, known: 1 }),
      },
      { path: path.join(h.dir, 'not-a-job-0001.json'), reason: message('publish.outbox.damaged.notJob') },
      { path: path.join(h.dir, 'torn-job-0001.json'), reason: message('damaged.notJson') },
      {
        path: path.join(h.dir, 'wrong-name-0001.json'),
        reason: message('publish.outbox.damaged.idMismatch', { id: good.id }),
      },
    ]);
    // The outbox goes on working, and the files it could not use are exactly as they were.
    await second.enqueue(publish('t-two'));
    await until(second, allSent);
    await second.close();
    for (const [name, text] of Object.entries(files)) expect(await readFile(path.join(h.dir, name), 'utf8')).toBe(text);
  });

  it('keeps the history of sent jobs for a while, newest first, then lets it go', async () => {
    const h = await harness();
    const first = await h.open();
    const old = await first.enqueue(publish('u-one'));
    await until(first, allSent);
    h.clock.advance(10 * 24 * 3_600_000);
    const recent = await first.enqueue(publish('u-two'));
    await until(first, allSent);
    await first.close();

    h.clock.advance(25 * 24 * 3_600_000); // the first is 35 days old, the second 25
    const second = await h.open();
    expect(second.list().jobs.map((job) => job.id)).toEqual([recent.id]);
    expect((await second.enqueue(publish('u-three'))).id).not.toBe(old.id);
    expect(second.list().jobs.map((job) => job.articleId)).toEqual(['u-three', 'u-two']);
  });

  it('a record the app could not write is handed to it again at the next start', async () => {
    const h = await harness();
    let failing = true;
    const first = await h.open({
      onSent: () => {
        if (failing) throw new Error('the article is locked');
      },
    });
    const job = await first.enqueue(publish('v-one'));
    const [sent] = await until(first, allSent);
    expect(sent?.state).toMatchObject({ kind: 'sent', recorded: false });
    await first.close();
    failing = false;

    const second = await h.open();
    expect(second.list().jobs[0]?.state).toMatchObject({ kind: 'sent', recorded: true });
    expect(h.recorded.map((r) => r.jobId)).toEqual([job.id]);
    expect(h.recorded[0]?.record?.id).toBe(h.remotes.wordpress.rows()[0]?.id);
    expect(h.remotes.wordpress.rows()).toHaveLength(1);
  });

  it('one outbox per folder: another in this process or in a live app is refused', async () => {
    const h = await harness();
    const first = await h.open();
    await expect(h.open()).rejects.toMatchObject({
      code: 'conflict',
      reason: message('publish.outbox.error.openElsewhere'),
    });
    await first.close();
    await (await h.open()).close();

    const lock = (pid: number) =>
      writeFile(path.join(h.dir, '.lock'), JSON.stringify({ pid, host: os.hostname(), takenAt: '', token: 'x' }));
    await lock(process.ppid); // a live process (the test runner) holds it
    await expect(h.open()).rejects.toMatchObject({ code: 'conflict' });
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    await lock(gone); // left by a process that died: taken over at once
    const outbox = await h.open();
    await outbox.enqueue(publish('w-one'));
    await until(outbox, allSent);
  });
});
