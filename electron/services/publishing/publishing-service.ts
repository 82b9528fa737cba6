import type { LibraryCard, OutletState } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Article, ArticleStatus } from '../../../shared/domain/article';
import { message } from '../../../shared/i18n/message';
import { bodyWithoutNotes } from '../../../shared/notes/note-marks';
import type { JobWhen as PublishWhen, OutboxJobView } from '../../../shared/publishing/outbox/outbox-job';
import {
  TARGET_KINDS,
  TARGET_SECRETS,
  targetConfigured,
  type PublishingSetup,
  type PublishingSetupUpdate,
  type TargetKind,
} from '../../../shared/publishing/publishing-setup';
import { remoteRecordOf, withRemoteRecord, type RemoteRecord } from '../../../shared/publishing/remote-record';
import type { Role, Settings } from '../../../shared/settings/schema';
import { articlePageUrl } from '../../../shared/site/page-url';
import { transitionAllowed } from '../../../shared/workflow/status-machine';
import type { TransitionEntry } from '../../../shared/workflow/transition-entry';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsService } from '../settings/settings-service';
import { contentHash } from '../workflow/content-hash';
import type { Outbox } from './outbox/outbox';
import type { PublishPayload } from './publish-target';

/** What publishing needs of the open library; app-services gives it, with the same side effects as the API's. */
export interface PublishingLibrary {
  get(id: string): Promise<{ article: Article; hash: string }>;
  log(id: string): Promise<readonly TransitionEntry[]>;
  lookup(ids: readonly string[]): LibraryCard[];
  outlet(): Promise<OutletState>;
  /** Changes the article's remote records over whatever version is on disk, under its lock. */
  updateRemoteIds(
    id: string,
    change: (remoteIds: Readonly<Record<string, string>>) => Record<string, string>,
  ): Promise<void>;
  /** Takes a workflow step on the version on disk, as the person in this computer's settings. */
  step(id: string, to: ArticleStatus, note: string): Promise<void>;
  /** Whether the desk holds this article as it is here (always, for a library without a newsroom server). */
  onDesk(id: string): Promise<boolean>;
}

/** The outbox as publishing drives it (outbox/outbox.ts): durable, one worker per target, every job ending visibly. */
export type PublishQueue = Pick<Outbox, 'enqueue' | 'list' | 'retry' | 'markSent' | 'cancel'>;

export interface PublishingServiceOptions {
  settings: SettingsService;
  secrets: SecretStore;
  library: () => Promise<PublishingLibrary>;
  /** The open outbox; throws why there is none (its folder held by another app, unreadable). */
  queue: () => PublishQueue;
  clock?: () => Date;
  /** A scheduled publication whose step could not be written when its time came (logged; the job stays sent). */
  onError?: (error: unknown) => void;
}

/** Where an article may be published from: approved (or scheduled), a correction, and a published one updated. */
const PUBLISHABLE: readonly ArticleStatus[] = ['approved', 'scheduled', 'correction', 'published'];

/**
 * Publishing from this computer: its targets and their credentials (an editor's computer only), the checks
 * before an article goes out, the jobs handed to the outbox, and what each sent job leaves behind: the
 * target's record in the article (shared with the newsroom, so another editor's correction updates the same
 * post) and the «published» step.
 */
export class PublishingService {
  private readonly clock: () => Date;
  /** Scheduled publications sent ahead of their time, by article: each turns «published» at its time. */
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly options: PublishingServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  async setup(): Promise<PublishingSetup> {
    const settings = this.options.settings.get();
    const allowed = settings.user.role === 'editor';
    const credentials = {
      wordpress: allowed && (await this.options.secrets.get(TARGET_SECRETS.wordpress)) !== null,
      telegram: allowed && (await this.options.secrets.get(TARGET_SECRETS.telegram)) !== null,
    };
    const ready = TARGET_KINDS.filter(
      (kind) => allowed && targetConfigured(kind, settings.publishing) && (kind === 'static' || credentials[kind]),
    );
    return { settings: settings.publishing, credentials, ready, protection: this.options.secrets.protection, allowed };
  }

  async update(change: PublishingSetupUpdate): Promise<PublishingSetup> {
    this.refuseJournalist();
    if (change.settings) this.options.settings.update({ publishing: change.settings });
    await this.keepSecret(TARGET_SECRETS.wordpress, change.wordpressPassword);
    await this.keepSecret(TARGET_SECRETS.telegram, change.telegramToken);
    return this.setup();
  }

  /**
   * A journalist's computer holds no publishing credential: a role changed to journalist forgets them (the
   * settings' targets stay, they name no secret).
   */
  async forgetCredentialsUnlessEditor(settings: Settings): Promise<void> {
    if (settings.user.role === 'editor') return;
    for (const name of Object.values(TARGET_SECRETS)) {
      if ((await this.options.secrets.get(name)) !== null) await this.options.secrets.delete(name);
    }
  }

  async check(id: string): Promise<{ changedSinceApproval: boolean }> {
    const library = await this.options.library();
    const { article } = await library.get(id);
    return { changedSinceApproval: await this.changedSinceApproval(library, article) };
  }

  async start(request: {
    id: string;
    baseHash: string;
    targets: readonly TargetKind[];
    when: PublishWhen;
    changedSinceApproval: boolean;
  }): Promise<OutboxJobView[]> {
    this.refuseJournalist();
    const library = await this.options.library();
    const { article, hash } = await library.get(request.id);
    if (hash !== request.baseHash) throw new ApiError('conflict', message('error.article.changedOutside'));
    if (!PUBLISHABLE.includes(article.status))
      throw new ApiError(
        'workflow-invalid',
        message('publish.error.notPublishable', { status: message(`status.${article.status}`) }),
      );
    if (!request.changedSinceApproval && (await this.changedSinceApproval(library, article)))
      throw new ApiError('conflict', message('publish.error.changedSinceApproval'));
    if (!(await library.onDesk(article.id))) throw new ApiError('conflict', message('publish.error.notOnDesk'));
    const setup = await this.setup();
    for (const target of request.targets) {
      if (!setup.ready.includes(target))
        throw new ApiError(
          'invalid-argument',
          message('publish.error.targetNotReady', { target: message(`publish.target.${target}`) }),
        );
    }
    const when = this.when(request.when);
    const payload = await this.payload(library, article);
    const jobs: OutboxJobView[] = [];
    for (const target of TARGET_KINDS.filter((kind) => request.targets.includes(kind))) {
      jobs.push(
        await this.options.queue().enqueue({
          articleId: article.id,
          target,
          action: 'publish',
          payload,
          previous: remoteRecordOf(article.remoteIds, target),
          when,
        }),
      );
    }
    // A publication for later is scheduled at once; one for now is «published» when its first job is sent.
    if (when !== 'now' && article.status === 'approved') await library.step(article.id, 'scheduled', '');
    return jobs;
  }

  /** Takes the article down everywhere it went: the step is the editor's decision, the jobs make it real. */
  async withdraw(request: { id: string; baseHash: string; note: string }): Promise<OutboxJobView[]> {
    this.refuseJournalist();
    const library = await this.options.library();
    const { article, hash } = await library.get(request.id);
    if (hash !== request.baseHash) throw new ApiError('conflict', message('error.article.changedOutside'));
    // Checked before any job is made: a step refused after the jobs would take the article down unrecorded.
    if (!transitionAllowed('editor', article.status, 'withdrawn'))
      throw new ApiError('workflow-invalid', message('publish.error.notPublished'));
    const payload = await this.payload(library, article);
    const jobs: OutboxJobView[] = [];
    for (const target of TARGET_KINDS) {
      if (!remoteRecordOf(article.remoteIds, target)) continue;
      jobs.push(
        await this.options.queue().enqueue({
          articleId: article.id,
          target,
          action: 'withdraw',
          payload,
          previous: remoteRecordOf(article.remoteIds, target),
          when: 'now',
        }),
      );
    }
    await library.step(article.id, 'withdrawn', request.note);
    return jobs;
  }

  jobs(articleId?: string): OutboxJobView[] {
    const { jobs } = this.options.queue().list();
    return articleId === undefined ? jobs : jobs.filter((job) => job.articleId === articleId);
  }

  retry(jobId: string): Promise<OutboxJobView> {
    this.refuseJournalist();
    return this.options.queue().retry(jobId);
  }

  markSent(jobId: string): Promise<OutboxJobView> {
    this.refuseJournalist();
    return this.options.queue().markSent(jobId);
  }

  cancel(jobId: string): Promise<OutboxJobView> {
    this.refuseJournalist();
    return this.options.queue().cancel(jobId);
  }

  /**
   * A job reached its target: its record goes into the article, and a publication whose time has come makes
   * the article «published» (a correction's publication approves it).
   */
  async recorded(
    job: { articleId: string; target: TargetKind; action: 'publish' | 'withdraw'; when: PublishWhen },
    record: RemoteRecord | null,
  ): Promise<void> {
    const library = await this.options.library();
    // A withdrawal forgets the record; a publication a person marked as sent (no record) keeps what was there.
    if (job.action === 'withdraw' || record !== null)
      await library.updateRemoteIds(job.articleId, (remoteIds) =>
        withRemoteRecord(remoteIds, job.target, job.action === 'withdraw' ? null : record),
      );
    if (job.action !== 'publish') return;
    if (job.when !== 'now' && Date.parse(job.when) > this.clock().getTime()) {
      // Sent ahead of its time (WordPress holds a `future` post itself): the article is «published» at the time.
      this.publishAt(job.articleId, job.when);
      return;
    }
    await this.publishedNow(job.articleId);
  }

  /**
   * Jobs sent ahead of their time before a restart: their articles are «published» when the time comes (or now,
   * if it came while the app was closed). Called once the outbox is open.
   */
  resumeSchedules(jobs: readonly OutboxJobView[]): void {
    for (const job of jobs) {
      if (job.action === 'publish' && job.state.kind === 'sent' && job.when !== 'now')
        this.publishAt(job.articleId, job.when);
    }
  }

  /** Stops the timers of scheduled publications (the app closes; they are resumed at the next start). */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private publishAt(articleId: string, when: string): void {
    clearTimeout(this.timers.get(articleId));
    // setTimeout holds at most about 24.8 days: a later time is looked at again then.
    const wait = Math.min(Math.max(0, Date.parse(when) - this.clock().getTime()), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      this.timers.delete(articleId);
      if (Date.parse(when) > this.clock().getTime()) return this.publishAt(articleId, when);
      this.publishedNow(articleId).catch((error: unknown) => this.options.onError?.(error));
    }, wait);
    timer.unref?.();
    this.timers.set(articleId, timer);
  }

  /** A publication whose time has come: an approved, scheduled or corrected article becomes «published». */
  private async publishedNow(articleId: string): Promise<void> {
    const library = await this.options.library();
    const { article } = await library.get(articleId);
    if (['approved', 'scheduled', 'correction'].includes(article.status))
      await library.step(articleId, 'published', '');
  }

  private async changedSinceApproval(library: PublishingLibrary, article: Article): Promise<boolean> {
    if (article.status === 'published') return false;
    const entries = await library.log(article.id);
    // A correction is approved by publishing it; an approved article by its last approval.
    const approval = [...entries].reverse().find((entry) => entry.to === 'approved' || entry.to === 'correction');
    if (!approval || approval.to === 'correction') return false;
    return approval.contentHash !== contentHash(article);
  }

  private when(requested: PublishWhen): PublishWhen {
    if (requested === 'now') return 'now';
    if (Date.parse(requested) <= this.clock().getTime())
      throw new ApiError('invalid-argument', message('publish.error.pastSchedule'));
    return requested;
  }

  /** The approved article as it goes out: review notes and their anchors never reach a target. */
  private async payload(library: PublishingLibrary, article: Article): Promise<PublishPayload> {
    const state = await library.outlet();
    const profile = state.profile;
    const cards = new Map(
      library
        .lookup(article.related.flatMap((item) => (item.articleId ? [item.articleId] : [])))
        .map((card) => [card.id, card]),
    );
    const published: Article = { ...article, reviewNotes: [], body: bodyWithoutNotes(article.body) };
    return {
      article: published,
      contentHash: contentHash(article),
      outlet: {
        name: profile.name,
        siteUrl: profile.siteUrl,
        logoUrl: '',
        telegramUrl: profile.social.telegram,
        facebookUrl: profile.social.facebook,
        subscribeText: profile.subscribeText,
        dateStyle: profile.dateStyle,
      },
      related: article.related.map(({ articleId, url, headline, publishedAt }) => {
        const card = articleId ? cards.get(articleId) : undefined;
        return {
          url: url ?? (card ? articlePageUrl(profile.siteUrl, card.slug, card.id) : null),
          headline,
          date: publishedAt ?? card?.publishAt ?? null,
        };
      }),
      pageUrl: articlePageUrl(profile.siteUrl, article.slug, article.id),
    };
  }

  private refuseJournalist(): void {
    const role: Role = this.options.settings.get().user.role;
    if (role !== 'editor') throw new ApiError('workflow-forbidden', message('publish.error.editorsOnly'));
  }

  private async keepSecret(name: string, value: string | undefined): Promise<void> {
    if (value === undefined) return;
    if (value.trim() === '') await this.options.secrets.delete(name);
    else await this.options.secrets.set(name, value.trim());
  }
}
