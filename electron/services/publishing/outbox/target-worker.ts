import { message } from '../../../../shared/i18n/message';
import type { TargetStatus } from '../../../../shared/publishing/outbox/outbox-job';
import { PublishError, type PublishTarget, type RemoteRecord, type SendContext } from '../publish-target';
import { retryDelay, type RetryPolicy } from './backoff';
import { isoAt, type Clock } from './clock';
import type { OutboxJob } from './job-file';
import { afterFailure, attemptStarted, foundAbsent, gaveUp, outOfAttempts, sentJob } from './job-state';

/** What a worker needs of the outbox: its jobs, their files, and the app's callbacks. */
export interface WorkerHost {
  /**
   * Claims this target's next job that may go now (in order; a job waiting for its scheduled time does not hold
   * up the others), or says when to look again: null when only a change (a new job, a person's action) can help.
   */
  claimNext(
    target: PublishTarget['kind'],
    now: number,
    ignoreWaits: boolean,
  ): { job: OutboxJob } | { wakeAt: number | null };
  release(jobId: string): void;
  /** Writes the job's file, then takes it as the job's state and tells the listeners. */
  save(job: OutboxJob): Promise<OutboxJob>;
  context(job: OutboxJob, signal: AbortSignal): SendContext;
  /** Hands a successful publication to the app; false when the app could not record it. */
  deliver(job: OutboxJob, record: RemoteRecord | null): Promise<boolean>;
  /** Sets the job in memory as a restart would find it from its file (after a later write failed). */
  setAside(jobId: string): void;
  statusChanged(status: TargetStatus): void;
}

/**
 * One target's jobs, one at a time and in order. A failure waits with backoff; a target that does not answer is
 * offline: its jobs wait in order while it is probed (by trying the first job again), and drain once it answers.
 * Each step is written to the job's file before it happens, so a process killed at any moment leaves a job
 * that the next start resumes without sending it twice.
 */
export class TargetWorker {
  private failures = 0;
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** `online()` was called: the next job goes now, whatever wait it was given. */
  private nudged = false;
  /** After a failed write of a job file: the disk gets a moment before the next try. */
  private pausedUntil = 0;
  private closed = false;
  private current: TargetStatus;

  constructor(
    private readonly target: PublishTarget,
    private readonly host: WorkerHost,
    private readonly clock: Clock,
    private readonly random: () => number,
    private readonly policy: RetryPolicy,
    private readonly signal: AbortSignal,
  ) {
    this.current = { target: target.kind, online: true, nextTryAt: null };
  }

  get status(): TargetStatus {
    return this.current;
  }

  /** Something changed (a new job, a person's action, a timer): look for work. */
  wake(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.clearTimer();
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.again) this.wake();
    });
  }

  /** The network is back (or a person asks to try now): waits are cut short and backoff starts over. */
  online(): void {
    this.failures = 0;
    this.nudged = true;
    this.pausedUntil = 0;
    this.wake();
  }

  /** Stops after the step under way; the outbox aborts its request through the signal. */
  async close(): Promise<void> {
    this.closed = true;
    this.clearTimer();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.closed) {
      this.again = false;
      const now = this.clock.now();
      if (now < this.pausedUntil) return this.sleepUntil(this.pausedUntil);
      const next = this.host.claimNext(this.target.kind, now, this.nudged);
      if (!('job' in next)) return next.wakeAt === null ? undefined : this.sleepUntil(next.wakeAt);
      this.nudged = false;
      try {
        await this.process(next.job);
      } catch {
        // A job file could not be written (disk full, folder gone): nothing was sent after the failed write.
        this.host.setAside(next.job.id);
        this.failures++;
        this.pausedUntil = this.clock.now() + retryDelay(this.failures, this.random, this.policy);
      } finally {
        this.host.release(next.job.id);
      }
    }
  }

  private async process(claimed: OutboxJob): Promise<void> {
    let job = claimed;
    if (job.state.kind === 'waiting' && job.state.checkFirst && job.action === 'publish') {
      job = await this.host.save(attemptStarted(job, 'lookup', this.clock.now()));
      let found: RemoteRecord | null;
      try {
        found = await this.bounded((signal) => this.target.lookup(this.host.context(job, signal)));
      } catch (error) {
        return this.failed(job, 'lookup', error);
      }
      if (found) return this.succeeded(job, found);
      job = foundAbsent(job);
    }
    if (outOfAttempts(job, this.policy)) {
      await this.host.save(gaveUp(job, this.clock.now()));
      return;
    }
    job = await this.host.save(attemptStarted(job, 'send', this.clock.now()));
    let record: RemoteRecord | null = null;
    try {
      record = await this.bounded(async (signal) => {
        const context = this.host.context(job, signal);
        if (job.action === 'publish') return this.target.send(context);
        await this.target.withdraw(context);
        return null;
      });
    } catch (error) {
      return this.failed(job, 'send', error);
    }
    return this.succeeded(job, record);
  }

  /** One try, aborted when the outbox closes or when it has run for `attemptTimeoutMs` of real time. */
  private async bounded<T>(attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    if (this.signal.aborted) abort();
    this.signal.addEventListener('abort', abort, { once: true });
    // Real time, not the injected clock: this bounds a request on the wire, not a wait between tries.
    const timer = setTimeout(abort, this.policy.attemptTimeoutMs);
    try {
      return await attempt(controller.signal);
    } finally {
      clearTimeout(timer);
      this.signal.removeEventListener('abort', abort);
    }
  }

  private async succeeded(job: OutboxJob, record: RemoteRecord | null): Promise<void> {
    // The app records it before the job is written as sent: a crash in between looks it up and records it again.
    const recorded = await this.host.deliver(job, record);
    await this.host.save(sentJob(job, record, 'target', recorded, this.clock.now()));
    this.failures = 0;
    this.setStatus(true, null);
  }

  private async failed(job: OutboxJob, step: 'send' | 'lookup', error: unknown): Promise<void> {
    const failure = asPublishError(error);
    const now = this.clock.now();
    const offline = failure.outcome === 'not-sent' && failure.retryAfterMs === null;
    this.failures = failure.outcome === 'rejected' ? 0 : this.failures + 1;
    const nextTryAt = now + retryDelay(this.failures, this.random, this.policy, failure.retryAfterMs);
    this.setStatus(!offline, offline ? nextTryAt : null);
    await this.host.save(afterFailure(job, step, failure, nextTryAt, this.policy, now));
  }

  private setStatus(online: boolean, nextTryAt: number | null): void {
    const next: TargetStatus = {
      target: this.target.kind,
      online,
      nextTryAt: nextTryAt === null ? null : isoAt(nextTryAt),
    };
    if (next.online === this.current.online && next.nextTryAt === this.current.nextTryAt) return;
    this.current = next;
    this.host.statusChanged(next);
  }

  private sleepUntil(at: number): void {
    this.clearTimer();
    this.timer = this.clock.setTimer(
      () => {
        this.timer = null;
        this.wake();
      },
      Math.max(0, at - this.clock.now()),
    );
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    this.clock.clearTimer(this.timer);
    this.timer = null;
  }
}

/** Targets throw only PublishError; anything else is a fault whose effect nobody knows, so it is looked up. */
function asPublishError(error: unknown): PublishError {
  if (error instanceof PublishError) return error;
  return new PublishError('unknown', message('publish.outbox.reason.unexpected'));
}
