import type { Article } from '../../../shared/domain/article';
import type { Message } from '../../../shared/i18n/message';
import type { TargetKind } from '../../../shared/publishing/publishing-setup';
import type { RemoteRecord } from '../../../shared/publishing/remote-record';
import type { SiteOutlet, RelatedLink } from '../../../shared/site/site-page';

export type { TargetKind } from '../../../shared/publishing/publishing-setup';
export type { RemoteRecord } from '../../../shared/publishing/remote-record';

/**
 * What a job sends, fixed when the job is made from the approved content and kept in the job file: a job that
 * waits a day offline still sends what the editor approved, not what the article became since.
 */
export interface PublishPayload {
  /** The approved article (review notes and anything private already left out). */
  article: Article;
  /** The content hash the approval binds to (`shared/workflow` content hash). */
  contentHash: string;
  outlet: SiteOutlet;
  related: readonly RelatedLink[];
  /** The page's address on the site (canonical, og:url, the link in the Telegram post). */
  pageUrl: string;
}

/** A picture the article uses, read from its folder when a job sends it. */
export interface MediaFile {
  src: string;
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
}

export interface SendContext {
  /** The job's stable id: the client id a target keeps with what it made, so a retry can find it. */
  jobId: string;
  /** The article's own id: stable across jobs, so a correction finds what the first publish made. */
  articleId: string;
  payload: PublishPayload;
  /** What this target made for this article before (publish again = update in place); null the first time. */
  previous: RemoteRecord | null;
  /** `now`, or a future instant (ISO with offset) when the article is scheduled. */
  when: 'now' | string;
  readMedia(src: string): Promise<MediaFile>;
  signal: AbortSignal;
}

/**
 * How a failed attempt ended, which decides what the outbox may do next:
 * - `not-sent`: the target certainly did not act (refused connection, 429, DNS); sending again is safe;
 * - `unknown`: it may have acted (timeout or reset after the request left, 5xx); look it up before any resend;
 * - `rejected`: it answered no, and asking again will not change that (wrong password, too large): a person acts.
 */
export type FailureOutcome = 'not-sent' | 'unknown' | 'rejected';

export class PublishError extends Error {
  override readonly name = 'PublishError';
  constructor(
    readonly outcome: FailureOutcome,
    /** The reason in the catalogue's words, shown to the editor (never the target's raw text or a secret). */
    readonly reason: Message,
    /** How long the target asked us to wait (Telegram's retry_after, HTTP Retry-After). */
    readonly retryAfterMs: number | null = null,
  ) {
    super(reason.key);
  }
}

/** A publishing target as the outbox drives it. Every method throws PublishError, never anything else. */
export interface PublishTarget {
  readonly kind: TargetKind;
  /** Publishes, or updates in place when `previous` is given. */
  send(context: SendContext): Promise<RemoteRecord>;
  /** Takes it down (withdrawal); done when already gone. */
  withdraw(context: SendContext): Promise<void>;
  /**
   * After an `unknown` outcome: did the last send act? The record when it did; null when it certainly did not,
   * so sending again is safe. Throws `unknown` when it cannot tell: the job then waits for a person.
   */
  lookup(context: SendContext): Promise<RemoteRecord | null>;
}
