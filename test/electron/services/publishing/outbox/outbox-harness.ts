import { afterEach } from 'vitest';
import { Outbox, type OutboxOptions } from '../../../../../electron/services/publishing/outbox/outbox';
import type { OutboxJob } from '../../../../../electron/services/publishing/outbox/job-file';
import type { RemoteRecord, TargetKind } from '../../../../../electron/services/publishing/publish-target';
import { ManualClock } from '../../../../fixtures/outbox/manual-clock';
import { noMedia } from '../../../../fixtures/outbox/outbox-fixtures';
import { startRecordRemote, type RecordRemote } from '../../../../fixtures/outbox/record-remote';
import { RecordTarget } from '../../../../fixtures/outbox/record-target';
import { useTempDirs } from '../../../../fixtures/temp-dir';

export interface Harness {
  dir: string;
  clock: ManualClock;
  remotes: Record<TargetKind, RecordRemote>;
  targets: Record<TargetKind, RecordTarget>;
  /** Every onSent the app received, in order. */
  recorded: Array<{ jobId: string; record: RemoteRecord | null }>;
  open(options?: Partial<OutboxOptions>): Promise<Outbox>;
}

/**
 * An outbox on a temp folder with one loopback record remote per target, a clock the test moves, a fixed jitter
 * (delays are 3/4 of the full backoff) and short delays; everything opened is closed after each test. A request
 * the remote holds times out after a real second: long enough that a busy machine never times out one it answers.
 */
export function useOutboxHarness(): (kinds?: TargetKind[]) => Promise<Harness> {
  const tempDir = useTempDirs('shpalta-outbox-');
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });
  return async (kinds = ['wordpress']) => {
    const dir = await tempDir();
    const clock = new ManualClock();
    const remotes = {} as Record<TargetKind, RecordRemote>;
    const targets = {} as Record<TargetKind, RecordTarget>;
    for (const kind of kinds) {
      remotes[kind] = await startRecordRemote(() => clock.now());
      targets[kind] = new RecordTarget(kind, remotes[kind], 1_000);
      closers.push(() => remotes[kind].close());
    }
    const recorded: Harness['recorded'] = [];
    const open = async (options: Partial<OutboxOptions> = {}) => {
      const outbox = await Outbox.open({
        dir,
        targets: Object.values(targets),
        readMedia: noMedia,
        onSent: (job: OutboxJob, record) => void recorded.push({ jobId: job.id, record }),
        clock,
        random: () => 0.5,
        policy: { firstDelayMs: 1_000, maxDelayMs: 60_000 },
        ...options,
      });
      closers.push(() => outbox.close());
      return outbox;
    };
    return { dir, clock, remotes, targets, recorded, open };
  };
}

/** Waits for something the test cannot be told about by an event (a request held at the remote). */
export async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
