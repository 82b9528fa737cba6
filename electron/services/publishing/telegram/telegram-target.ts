import { message } from '../../../../shared/i18n/message';
import type { BotApiRefusal } from '../../../../shared/publishing/telegram/bot-api-answer';
import {
  isTelegramChannel,
  parseTelegramChannel,
  telegramPostUrl,
  type TelegramChannel,
  type TelegramChatRef,
} from '../../../../shared/publishing/telegram/telegram-channel';
import {
  photoFits,
  planTelegramCorrection,
  planTelegramPost,
  sameVisibleText,
  telegramPostText,
  type TelegramPostShape,
  type TelegramPostText,
} from '../../../../shared/publishing/telegram/telegram-post';
import type { SecretStore } from '../../secrets/secret-store';
import {
  PublishError,
  type MediaFile,
  type PublishTarget,
  type RemoteRecord,
  type SendContext,
} from '../publish-target';
import { BotApiClient, BotApiFailure } from './bot-api-client';
import { multipart } from './multipart';
import { ChatPacer, systemClock, type PacerClock } from './chat-pacer';
import { callError, postProblemError } from './telegram-failure';

/** The name of the bot's token in the secrets store (set by the publishing settings). */
export const TELEGRAM_TOKEN_SECRET = 'publishing.telegram.botToken';

export interface TelegramTargetConfig {
  /** `@name` or the channel's `-100…` id. */
  channel: string;
}

export interface TelegramTargetOptions {
  config: TelegramTargetConfig;
  secrets: SecretStore;
  tokenSecret?: string;
  /** `https://api.telegram.org` unless a test gives its loopback server. */
  apiBase?: string;
  /** How long one call may take before its outcome is unknown. */
  timeoutMs?: number;
  /** One for the whole app, so every send to a chat takes its turn; with its clock. */
  pacer?: ChatPacer;
  clock?: PacerClock;
  /**
   * Whether the bot's own channel posts reach it as `channel_post` updates. Telegram's bots do not get updates
   * for their own messages (reported for channels too), so by default a lookup that finds nothing cannot say
   * "not sent" and leaves the decision to a person; a Bot API server that does deliver them (the loopback one)
   * makes the absence certain.
   */
  ownPostsInUpdates?: boolean;
}

/** The parts of Telegram's Message these read. */
interface TelegramMessage {
  message_id: number;
  date: number;
  chat: TelegramChatRef & { type?: string };
  text?: string;
  caption?: string;
  photo?: unknown[];
}

interface TelegramUpdate {
  update_id: number;
  channel_post?: TelegramMessage;
}

/** What a RemoteRecord's `extra` keeps of a post: enough to edit or delete the same message later. */
interface PostExtra {
  shape: TelegramPostShape;
  /** The channel's numeric id as Telegram answered it: it survives a change of the channel's @name. */
  chatId: string;
  /** When Telegram dated the message (seconds since 1970): deletion is allowed for 48 hours. */
  date: string;
}

const DEFAULT_API = 'https://api.telegram.org';
/** The app's one pacer on real time: every target made without its own shares it. */
const SHARED_PACER = new ChatPacer(systemClock);
const DEFAULT_TIMEOUT_MS = 30_000;
/** getUpdates answers at most 100 updates; Telegram keeps unconfirmed updates for 24 hours. */
const UPDATES_LIMIT = 100;
const UPDATES_KEPT_MS = 24 * 3600_000;
/** A margin within the 24 hours, for clocks that disagree. */
const UPDATES_TRUSTED_MS = UPDATES_KEPT_MS - 3600_000;
const DELETE_WINDOW_S = 48 * 3600;
/** Scheduled within this of now counts as now. */
const SCHEDULE_SLACK_MS = 60_000;

/** The picture a Telegram post shows: the share image if one was chosen, else the featured image (as the preview). */
function postImage(context: SendContext): string | null {
  const { article } = context.payload;
  return article.share.image ?? article.featuredImage?.src ?? null;
}

const isAddress = (src: string) => /^https?:\/\//i.test(src);

/** The card of the article's page under a text post, large, whatever other links the text has. */
const linkPreview = (context: SendContext) => ({ url: context.payload.pageUrl, prefer_large_media: true });

function recordOf(sent: TelegramMessage, shape: TelegramPostShape): RemoteRecord {
  const extra: PostExtra = { shape, chatId: String(sent.chat.id), date: String(sent.date) };
  return { id: String(sent.message_id), url: telegramPostUrl(sent.chat, sent.message_id), extra: { ...extra } };
}

function readExtra(record: RemoteRecord, channel: TelegramChannel): PostExtra {
  const shape = record.extra.shape === 'photo' ? 'photo' : 'text';
  return { shape, chatId: record.extra.chatId ?? channel.chatId, date: record.extra.date ?? '' };
}

/**
 * A Telegram channel as a publishing target: one message per article (a photo with its caption, or a text with
 * the page's link card), corrected by editing that message and withdrawn by deleting it. The token comes from
 * the secrets store on each call and goes nowhere else: not into a record, an error or a log.
 */
export class TelegramTarget implements PublishTarget {
  readonly kind = 'telegram' as const;
  private readonly client: BotApiClient;
  private readonly pacer: ChatPacer;
  private readonly clock: PacerClock;
  /** When each job's last new post left (this process only): a lookup trusts updates only within their 24 hours. */
  private readonly attempts = new Map<string, number>();

  constructor(private readonly options: TelegramTargetOptions) {
    this.clock = options.clock ?? systemClock;
    this.pacer = options.pacer ?? (options.clock ? new ChatPacer(options.clock) : SHARED_PACER);
    const secretName = options.tokenSecret ?? TELEGRAM_TOKEN_SECRET;
    this.client = new BotApiClient({
      apiBase: options.apiBase ?? DEFAULT_API,
      token: () => options.secrets.get(secretName),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  }

  async send(context: SendContext): Promise<RemoteRecord> {
    const channel = this.channel();
    this.waitForSchedule(context);
    const text = this.postText(context);
    if (context.previous) return this.correct(context, channel, text, context.previous);

    const photo = await this.photo(context);
    const plan = planTelegramPost(text, photo !== null);
    if (!plan.ok) throw postProblemError(plan.problem);
    this.attempts.set(context.jobId, this.clock.now());
    const [method, params] =
      plan.value === 'photo' && photo
        ? ['sendPhoto', this.photoParams(channel, text, photo)]
        : ['sendMessage', this.textParams(channel.chatId, text, context)];
    try {
      const sent = await this.paced(channel.chatId, context.signal, () =>
        this.client.call<TelegramMessage>(method, params, context.signal),
      );
      this.attempts.delete(context.jobId);
      return recordOf(sent, plan.value);
    } catch (error) {
      throw callError(error, channel, message('publish.telegram.noAnswer'));
    }
  }

  async withdraw(context: SendContext): Promise<void> {
    const channel = this.channel();
    const previous = context.previous;
    if (!previous) return; // nothing was posted for this article here
    const extra = readExtra(previous, channel);
    try {
      await this.paced(channel.chatId, context.signal, () =>
        this.client.call<boolean>(
          'deleteMessage',
          { chat_id: extra.chatId, message_id: Number(previous.id) },
          context.signal,
        ),
      );
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === 'messageGone') return; // deleted already: what a withdrawal wants
      if (refusal === 'cannotDelete' && this.olderThanDeleteWindow(extra)) {
        throw new PublishError('rejected', message('publish.telegram.tooOldToDelete'));
      }
      throw callError(error, channel, message('publish.telegram.noAnswer'));
    }
  }

  /**
   * After an unknown outcome of a new post: the channel's recent posts as the bot's updates show them, read
   * without confirming any (a confirmed update is gone for the next lookup too). An edit or a deletion needs no
   * lookup: repeating it cannot make a second post, so null lets the outbox simply send again.
   */
  async lookup(context: SendContext): Promise<RemoteRecord | null> {
    if (context.previous) return null;
    const channel = this.channel();
    const text = this.postText(context);
    let updates: TelegramUpdate[];
    try {
      updates = await this.client.call<TelegramUpdate[]>(
        'getUpdates',
        { limit: UPDATES_LIMIT, timeout: 0 },
        context.signal,
      );
    } catch (error) {
      const conflict = refusalOf(error) === 'conflict';
      const reason = conflict ? 'publish.telegram.lookupConflict' : 'publish.telegram.lookupUncertain';
      throw new PublishError('unknown', message(reason));
    }
    const startedAt = this.attempts.get(context.jobId);
    const since = startedAt === undefined ? -Infinity : Math.floor(startedAt / 1000) - 1;
    const found = updates
      .map((update) => update.channel_post)
      .find(
        (post): post is TelegramMessage =>
          post !== undefined &&
          isTelegramChannel(post.chat, channel) &&
          post.date >= since &&
          sameVisibleText(post.text ?? post.caption ?? '', text),
      );
    if (found) return recordOf(found, found.photo ? 'photo' : 'text');
    if (!this.options.ownPostsInUpdates) throw new PublishError('unknown', message('publish.telegram.lookupBlind'));
    // Absent for certain only if every update since the attempt is in this answer and still kept by Telegram.
    const complete = updates.length < UPDATES_LIMIT;
    const recent = startedAt !== undefined && this.clock.now() - startedAt < UPDATES_TRUSTED_MS;
    if (!complete || !recent) throw new PublishError('unknown', message('publish.telegram.lookupUncertain'));
    return null;
  }

  private channel(): TelegramChannel {
    const channel = parseTelegramChannel(this.options.config.channel);
    if (!channel) {
      const reason = message('publish.telegram.channelInvalid', { channel: this.options.config.channel });
      throw new PublishError('rejected', reason);
    }
    return channel;
  }

  /** Telegram has no scheduled posts for bots: a job sent early is told when to come back. */
  private waitForSchedule(context: SendContext): void {
    if (context.when === 'now') return;
    const wait = Date.parse(context.when) - this.clock.now();
    if (Number.isFinite(wait) && wait > SCHEDULE_SLACK_MS) {
      throw new PublishError('not-sent', message('publish.telegram.waitsForTime'), wait);
    }
  }

  private postText(context: SendContext): TelegramPostText {
    const text = telegramPostText(context.payload.article, context.payload.pageUrl);
    if (!text.ok) throw postProblemError(text.problem);
    return text.value;
  }

  /** The post's photo when Telegram will take it; null sends the text with the page's link card instead. */
  private async photo(context: SendContext): Promise<MediaFile | string | null> {
    const src = postImage(context);
    if (src === null || src === '') return null;
    if (isAddress(src)) return src;
    let file: MediaFile;
    try {
      file = await context.readMedia(src);
    } catch {
      throw new PublishError('rejected', message('publish.telegram.imageUnreadable'));
    }
    const fits = photoFits({ bytes: file.bytes.byteLength, mime: file.mime, width: file.width, height: file.height });
    return fits ? file : null;
  }

  private photoParams(channel: TelegramChannel, text: TelegramPostText, photo: MediaFile | string) {
    const fields = { chat_id: channel.chatId, caption: text.html, parse_mode: 'HTML' };
    if (typeof photo === 'string') return { ...fields, photo };
    return multipart(fields, { name: 'photo', fileName: photo.fileName, mime: photo.mime, bytes: photo.bytes });
  }

  private textParams(chatId: string, text: TelegramPostText, context: SendContext) {
    return { chat_id: chatId, text: text.html, parse_mode: 'HTML', link_preview_options: linkPreview(context) };
  }

  /** A correction edits the same message; "not modified" means it already says this. */
  private async correct(
    context: SendContext,
    channel: TelegramChannel,
    text: TelegramPostText,
    previous: RemoteRecord,
  ): Promise<RemoteRecord> {
    const extra = readExtra(previous, channel);
    const plan = planTelegramCorrection(text, extra.shape);
    if (!plan.ok) throw postProblemError(plan.problem);
    const target = { chat_id: extra.chatId, message_id: Number(previous.id), parse_mode: 'HTML' };
    const params =
      extra.shape === 'photo'
        ? { ...target, caption: text.html }
        : { ...target, text: text.html, link_preview_options: linkPreview(context) };
    try {
      await this.paced(channel.chatId, context.signal, () =>
        this.client.call<unknown>(
          extra.shape === 'photo' ? 'editMessageCaption' : 'editMessageText',
          params,
          context.signal,
        ),
      );
    } catch (error) {
      // Not modified: it says this already. An edit that may or may not have arrived is simply made again.
      if (refusalOf(error) !== 'notModified') throw callError(error, channel, message('publish.telegram.noAnswer'));
    }
    return previous;
  }

  /**
   * A call in the chat's turn; a 429 holds every later turn of the chat for as long as Telegram asked. Turns are
   * kept by the channel as configured, so a post (to `@name`) and its correction (to the numeric id) take turns.
   */
  private async paced<T>(chat: string, signal: AbortSignal, call: () => Promise<T>): Promise<T> {
    try {
      return await this.pacer.turn(chat, signal, call);
    } catch (error) {
      const reading = error instanceof BotApiFailure ? error.reading : null;
      if (reading?.refusal === 'tooManyRequests') this.pacer.holdFor(chat, reading.retryAfterMs ?? 1000);
      throw error;
    }
  }

  private olderThanDeleteWindow(extra: PostExtra): boolean {
    const date = Number(extra.date);
    return Number.isFinite(date) && date > 0 && this.clock.now() / 1000 - date >= DELETE_WINDOW_S;
  }
}

function refusalOf(error: unknown): BotApiRefusal | null {
  return error instanceof BotApiFailure ? (error.reading?.refusal ?? null) : null;
}
