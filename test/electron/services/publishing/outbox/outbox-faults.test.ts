import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { message } from '../../../../../shared/i18n/message';
import { FaultyFileSystem } from '../../../../fixtures/faulty-fs';
import { payloadFor, until } from '../../../../fixtures/outbox/outbox-fixtures';
import { eventually, useOutboxHarness } from './outbox-harness';

const harness = useOutboxHarness();
const publish = (articleId: string) => ({
  articleId,
  target: 'wordpress' as const,
  action: 'publish' as const,
  payload: payloadFor(articleId, `Стаття ${articleId}`),
});

describe('the outbox on a failing disk', () => {
  it('a job that cannot be written is refused, and nothing is left of it', async () => {
    const h = await harness();
    const disk = new FaultyFileSystem();
    const outbox = await h.open({ fs: disk.fs });
    const full = disk.fail('handle.writeFile', 'ENOSPC');
    await expect(outbox.enqueue(publish('x-one'))).rejects.toMatchObject({
      code: 'io-error',
      reason: { key: 'error.io.failed', params: { what: message('publish.outbox.error.write') } },
    });
    expect(full.hits).toBe(1);
    expect(outbox.list().jobs).toEqual([]);
    expect((await readdir(h.dir)).filter((name) => name !== '.lock')).toEqual([]);
  });

  it('no request leaves while its try cannot be written; the job goes once the disk has room', async () => {
    const h = await harness();
    const disk = new FaultyFileSystem();
    const outbox = await h.open({ fs: disk.fs, schedulesItself: { wordpress: false } });
    const job = await outbox.enqueue({ ...publish('x-two'), when: new Date(h.clock.now() + 60_000).toISOString() });
    const full = disk.fail('handle.sync', 'ENOSPC');
    h.clock.advance(60_000);
    await eventually(() => full.hits > 0 && h.clock.nextAt() !== null);
    expect(h.remotes.wordpress.log()).toEqual([]);
    expect(outbox.list().jobs[0]).toMatchObject({ id: job.id, attempts: 0, state: { kind: 'waiting' } });
    full.clear();
    h.clock.advance(750);
    await until(outbox, (jobs) => jobs[0]?.state.kind === 'sent');
    expect(h.remotes.wordpress.rows().map((row) => row.clientId)).toEqual([job.id]);
  });
});
