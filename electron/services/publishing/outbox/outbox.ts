import { randomUUID } from 'node:crypto';
import type { DamagedFile } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';
import { emptyDoc } from '../../../../shared/domain/doc';
import { message } from '../../../../shared/i18n/message';
import {
  canCancel,
  canMarkSent,
  canRetry,
  JobWhenSchema,
  TARGET_KINDS,
  type JobAction,
  type JobState,
  type OutboxJobView,
  type TargetStatus,
} from '../../../../shared/publishing/outbox/outbox-job';
import { nodeFileSystem, type FileSystem } from '../../fs/file-system';
import { ioError } from '../../fs/io-error';
import type {
  MediaFile,
  PublishPayload,
  PublishTarget,
  RemoteRecord,
  SendContext,
  TargetKind,
} from '../publish-target';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff';
import { isoAt, systemClock, type Clock } from './clock';
import { holdFolder } from './folder-hold';
import { checkedJob, JOB_FILE_VERSION, readJobFiles, removeJobFile, writeJobFile, type OutboxJob } from './job-file';
import { cancelledByPerson, markedSentByPerson, newJobState, resumed, retriedByPerson } from './job-state';
import { TargetWorker, type WorkerHost } from './target-worker';

export interface OutboxOptions {
  /** `<userData>/outbox`: one file per job. */
  dir: string;
  /** The targets set up on this computer; jobs for another target wait until it is. */
  targets: readonly PublishTarget[];
  /** Reads a picture from the article's folder when a job sends it. */
  readMedia(articleId: string, src: string): Promise<MediaFile>;
  /**
   * A job went out (`record`: what the target made; null for a withdrawal or when a person marked it sent): the
   * app writes it into the article. Called before the job is written as sent, so after a crash it may come again
   * for the same job: writing the same record twice must be harmless. A throw is retried at the next start.
   */
  onSent(job: OutboxJob, record: RemoteRecord | null): Promise<void> | void;
  clock?: Clock;
  random?: () => number;
  newId?: () => string;
  policy?: Partial<RetryPolicy>;
  /** Targets that hold a scheduled article until its time themselves (WordPress `future`); the others' jobs wait. */
  schedulesItself?: Partial<Record<TargetKind, boolean>>;
  fs?: FileSystem;
}

export interface EnqueueInput {
  articleId: string;
  target: TargetKind;
  action: JobAction;
  payload: PublishPayload;
  /** What the target made for this article before, as the article records it; null the first time. */
  previous?: RemoteRecord | null;
  /** `now` (the default) or an instant with its offset. */
  when?: 'now' | string;
}

/**
 * Told after every change is on disk: a job's new state, or a target going offline or back (which changes how all
 * its waiting jobs show: list them again).
 */
export type OutboxEvent = { kind: 'job'; job: OutboxJobView } | { kind: 'target'; status: TargetStatus };

export interface OutboxList {
  /** Newest first: what waits, what is on its way, and the history of what went out. */
  jobs: OutboxJobView[];
  targets: TargetStatus[];
  /** Job files that could not be used, left as they are. */
  problems: DamagedFile[];
}

const SCHEDULES_ITSELF: Readonly<Record<TargetKind, boolean>> = { static: false, wordpress: true, telegram: false };

/**
 * The durable outbox: every publication and withdrawal is a job with its own file under `<userData>/outbox/`,
 * sent by one worker per target (targets never wait for each other), retried with backoff, looked up before any
 * resend that might double it, and ended visibly: sent, failed (a person may try again) or unknown (a person
 * decides). Every state change is written first, then told to the listeners.
 */
export class Outbox {
  private readonly jobs = new Map<string, OutboxJob>();
  /** Jobs a worker or a person's action is changing right now, and whose; no one else touches them meanwhile. */
  private readonly busy = new Map<string, 'worker' | 'person'>();
  private readonly workers = new Map<TargetKind, TargetWorker>();
  private readonly listeners = new Set<(event: OutboxEvent) => void>();
  private readonly abort = new AbortController();
  private readonly clock: Clock;
  private readonly policy: RetryPolicy;
  private readonly fs: FileSystem;
  private readonly schedules: Readonly<Record<TargetKind, boolean>>;
  private nextSeq = 0;
  private closed = false;

  private constructor(
    private readonly options: OutboxOptions,
    private readonly problems: readonly DamagedFile[],
    private readonly releaseFolder: () => Promise<void>,
  ) {
    this.clock = options.clock ?? systemClock;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
    this.fs = options.fs ?? nodeFileSystem;
    this.schedules = { ...SCHEDULES_ITSELF, ...options.schedulesItself };
    const host = this.workerHost();
    for (const target of options.targets) {
      const worker = new TargetWorker(
        target,
        host,
        this.clock,
        options.random ?? Math.random,
        this.policy,
        this.abort.signal,
      );
      this.workers.set(target.kind, worker);
    }
  }

  /**
   * Opens the outbox on its folder and starts sending. Jobs a crash cut off mid-send are looked up before they
   * are sent again; history older than the policy's `keepFinishedMs` is dropped.
   */
  static async open(options: OutboxOptions): Promise<Outbox> {
    const fs = options.fs ?? nodeFileSystem;
    try {
      await fs.mkdir(options.dir, { recursive: true });
    } catch (error) {
      throw ioError(message('publish.outbox.error.read'), error);
    }
    const release = await holdFolder(options.dir, fs);
    let read: Awaited<ReturnType<typeof readJobFiles>>;
    try {
      read = await readJobFiles(options.dir, fs);
    } catch (error) {
      await release();
      throw ioError(message('publish.outbox.error.read'), error);
    }
    const outbox = new Outbox(options, read.problems, release);
    const now = outbox.clock.now();
    for (const job of read.jobs) {
      outbox.nextSeq = Math.max(outbox.nextSeq, job.seq + 1);
      if (outbox.expired(job, now)) await removeJobFile(options.dir, job.id, fs).catch(() => undefined);
      else outbox.remember(resumed(job));
    }
    await outbox.recordUnrecorded();
    for (const worker of outbox.workers.values()) worker.wake();
    return outbox;
  }

  async enqueue(input: EnqueueInput): Promise<OutboxJobView> {
    if (this.closed) throw new ApiError('conflict', message('publish.outbox.error.notNow'));
    const when = input.when ?? 'now';
    if (!JobWhenSchema.safeParse(when).success)
      throw new ApiError('invalid-argument', message('publish.outbox.error.badWhen'));
    const now = this.clock.now();
    const job = checkedJob({
      schemaVersion: JOB_FILE_VERSION,
      id: (this.options.newId ?? randomUUID)(),
      seq: this.nextSeq++,
      articleId: input.articleId,
      target: input.target,
      action: input.action,
      payload: input.payload,
      previous: input.previous ?? null,
      when,
      createdAt: isoAt(now),
      attempts: 0,
      lookups: 0,
      lastReason: null,
      state: newJobState(when, this.schedules[input.target], now),
    });
    await this.write(job);
    this.workers.get(job.target)?.wake();
    return this.view(job);
  }

  list(): OutboxList {
    const unknowns = new Map(TARGET_KINDS.map((kind) => [kind, this.unknownsOf(kind)]));
    const jobs = [...this.jobs.values()]
      .sort((a, b) => b.seq - a.seq)
      .map((job) => this.view(job, unknowns.get(job.target)));
    const targets = [...this.workers.values()].map((worker) => worker.status);
    return { jobs, targets, problems: [...this.problems] };
  }

  /** "Try again" (failed), or "send again" (unknown: the person decided it did not arrive). */
  retry(jobId: string): Promise<OutboxJobView> {
    return this.act(jobId, canRetry, (job) => retriedByPerson(job));
  }

  /** "Mark as sent": nothing is sent; the app is told, as for a job the target confirmed (with no record). */
  markSent(jobId: string): Promise<OutboxJobView> {
    return this.act(jobId, canMarkSent, async (job) => {
      const recorded = await this.deliver(job, null);
      return markedSentByPerson(job, recorded, this.clock.now());
    });
  }

  cancel(jobId: string): Promise<OutboxJobView> {
    return this.act(jobId, canCancel, (job) => cancelledByPerson(job, this.clock.now()));
  }

  /** The network is back: every target (or one) is tried now, its backoff starting over. */
  online(target?: TargetKind): void {
    for (const [kind, worker] of this.workers) if (target === undefined || target === kind) worker.online();
  }

  subscribe(listener: (event: OutboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the workers; a request on the wire is aborted, and its job is looked up at the next start. */
  async close(): Promise<void> {
    this.closed = true;
    this.abort.abort();
    await Promise.all([...this.workers.values()].map((worker) => worker.close()));
    await this.releaseFolder();
  }

  private async act(
    jobId: string,
    allowed: (state: JobState) => boolean,
    change: (job: OutboxJob) => OutboxJob | Promise<OutboxJob>,
  ): Promise<OutboxJobView> {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('not-found', message('publish.outbox.error.noJob'));
    if (this.busy.has(jobId)) throw new ApiError('conflict', message('publish.outbox.error.busy'));
    if (!allowed(job.state)) throw new ApiError('conflict', message('publish.outbox.error.notNow'));
    this.busy.set(jobId, 'person');
    try {
      return this.view(await this.write(await change(job)));
    } finally {
      this.busy.delete(jobId);
      this.workers.get(job.target)?.wake();
    }
  }

  /** A person's change or a new job: a failed write is an io-error that says what could not be written. */
  private async write(job: OutboxJob): Promise<OutboxJob> {
    try {
      return await this.save(job);
    } catch (error) {
      throw ioError(message('publish.outbox.error.write'), error);
    }
  }

  private async save(job: OutboxJob, byWorker = false): Promise<OutboxJob> {
    await writeJobFile(this.options.dir, job, this.fs);
    this.remember(job);
    // Only a job on the wire is the worker's: once it waits or has ended, a person may act on it at once.
    if (byWorker && job.state.kind !== 'sending') this.releaseFromWorker(job.id);
    this.emit({ kind: 'job', job: this.view(job) });
    return job;
  }

  /**
   * Keeps a job in memory. History (sent and recorded, or cancelled) is never written again and needs only what
   * the list shows: its body is let go, so a month of jobs does not hold a month of articles in memory.
   */
  private remember(job: OutboxJob): void {
    const { state } = job;
    const history = (state.kind === 'sent' && state.recorded) || state.kind === 'cancelled';
    if (!history) return void this.jobs.set(job.id, job);
    const article = { ...job.payload.article, body: emptyDoc() };
    this.jobs.set(job.id, { ...job, payload: { ...job.payload, article, related: [] } });
  }

  private async deliver(job: OutboxJob, record: RemoteRecord | null): Promise<boolean> {
    try {
      await this.options.onSent(job, record);
      return true;
    } catch {
      return false;
    }
  }

  /** Sent jobs whose record the app could not write (or had no chance to): it is told again. */
  private async recordUnrecorded(): Promise<void> {
    for (const job of this.jobs.values()) {
      if (job.state.kind !== 'sent' || job.state.recorded) continue;
      if (!(await this.deliver(job, job.state.record))) continue;
      await this.save({ ...job, state: { ...job.state, recorded: true } }).catch(() => undefined);
    }
  }

  private expired(job: OutboxJob, now: number): boolean {
    const { state } = job;
    const done = (state.kind === 'sent' && state.recorded) || state.kind === 'cancelled';
    return done && Date.parse(state.at) + this.policy.keepFinishedMs < now;
  }

  private view(job: OutboxJob, unknowns = this.unknownsOf(job.target)): OutboxJobView {
    const status = this.workers.get(job.target)?.status;
    let state = job.state;
    if (state.kind === 'waiting' && isHeld(job, unknowns)) state = { ...state, why: 'held', nextTryAt: null };
    // A target that does not answer holds all its jobs: each shows it, with the time of the next probe.
    else if (state.kind === 'waiting' && state.why !== 'scheduled' && status && !status.online)
      state = { ...state, why: 'offline', nextTryAt: status.nextTryAt };
    return {
      id: job.id,
      articleId: job.articleId,
      headline: job.payload.article.headline,
      target: job.target,
      action: job.action,
      when: job.when,
      createdAt: job.createdAt,
      attempts: job.attempts,
      lastReason: job.lastReason,
      state,
    };
  }

  private emit(event: OutboxEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /**
   * What the last finished job of this article and target left there: the record of a publication, nothing after a
   * withdrawal. Newer than what the app knew when it made the job (a correction queued behind the first publish).
   */
  private previousFor(job: OutboxJob): RemoteRecord | null {
    let latest: OutboxJob | null = null;
    for (const other of this.jobs.values()) {
      if (other.id === job.id || other.articleId !== job.articleId || other.target !== job.target) continue;
      if (other.state.kind !== 'sent' || other.state.by !== 'target') continue;
      if (latest === null || other.state.at > (latest.state as { at: string }).at) latest = other;
    }
    if (latest === null || latest.state.kind !== 'sent') return job.previous;
    return latest.action === 'publish' ? latest.state.record : null;
  }

  private workerHost(): WorkerHost {
    return {
      claimNext: (target, now, ignoreWaits) => this.claimNext(target, now, ignoreWaits),
      release: (jobId) => this.releaseFromWorker(jobId),
      save: (job) => this.save(job, true),
      context: (job, signal): SendContext => ({
        jobId: job.id,
        articleId: job.articleId,
        payload: job.payload,
        previous: this.previousFor(job),
        when: this.schedules[job.target] ? job.when : 'now',
        readMedia: (src) => this.options.readMedia(job.articleId, src),
        signal,
      }),
      deliver: (job, record) => this.deliver(job, record),
      setAside: (jobId) => {
        const job = this.jobs.get(jobId);
        if (job) this.jobs.set(jobId, resumed(job));
      },
      statusChanged: (status) => this.emit({ kind: 'target', status }),
    };
  }

  /**
   * Per article, the first job of this target whose outcome is unknown. Until a person decides on it, the same
   * article's later jobs there wait: a correction sent without the first publication's record would post anew.
   */
  private unknownsOf(target: TargetKind): Map<string, number> {
    const first = new Map<string, number>();
    for (const job of this.jobs.values()) {
      if (job.target !== target || job.state.kind !== 'unknown') continue;
      first.set(job.articleId, Math.min(job.seq, first.get(job.articleId) ?? job.seq));
    }
    return first;
  }

  private releaseFromWorker(jobId: string): void {
    if (this.busy.get(jobId) === 'worker') this.busy.delete(jobId);
  }

  private claimNext(
    target: TargetKind,
    now: number,
    ignoreWaits: boolean,
  ): { job: OutboxJob } | { wakeAt: number | null } {
    const waiting = [...this.jobs.values()]
      .filter((job) => job.target === target && job.state.kind === 'waiting' && !this.busy.has(job.id))
      .sort((a, b) => a.seq - b.seq);
    let wakeAt: number | null = null;
    const earliest = (at: number) => (wakeAt = wakeAt === null ? at : Math.min(wakeAt, at));
    const unknowns = this.unknownsOf(target);
    for (const job of waiting) {
      if (job.state.kind !== 'waiting' || isHeld(job, unknowns)) continue;
      const at = job.state.nextTryAt === null ? null : Date.parse(job.state.nextTryAt);
      // A scheduled job steps aside until its time; the jobs behind it keep their order.
      if (job.state.why === 'scheduled') {
        if (at !== null && at > now) {
          earliest(at);
          continue;
        }
      } else if (at !== null && at > now && !ignoreWaits) {
        // The first in line waits out its backoff, and the rest of this target's jobs wait behind it.
        return { wakeAt: earliest(at) };
      }
      this.busy.set(job.id, 'worker');
      return { job };
    }
    return { wakeAt };
  }
}

function isHeld(job: OutboxJob, unknowns: ReadonlyMap<string, number> | undefined): boolean {
  const first = unknowns?.get(job.articleId);
  return first !== undefined && first < job.seq;
}
