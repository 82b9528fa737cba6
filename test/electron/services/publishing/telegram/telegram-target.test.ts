import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newArticle, type ArticleInput } from '../../../../../shared/domain/article';
import { ChatPacer, type PacerClock } from '../../../../../electron/services/publishing/telegram/chat-pacer';
import {
  TELEGRAM_TOKEN_SECRET,
  TelegramTarget,
  type TelegramTargetOptions,
} from '../../../../../electron/services/publishing/telegram/telegram-target';
import {
  PublishError,
  type MediaFile,
  type RemoteRecord,
  type SendContext,
} from '../../../../../electron/services/publishing/publish-target';
import { FileSecretStore } from '../../../../../electron/services/secrets/secret-store';
import { jpeg } from '../../../../fixtures/images';
import { startTelegramBotApi, type BotApiChat, type TelegramBotApiServer } from '../../../../fixtures/telegram-bot-api';
import { useTempDirs } from '../../../../fixtures/temp-dir';

const TOKEN = '7000000001:AAH-canary-telegram-token-9f3b';
const PAGE = 'https://shpalta.media/polityka/vybory-2026';
const CHANNEL: BotApiChat = { id: -1001234567890, username: 'shpalta_news', title: 'Шпальта', bot: 'admin' };
const PHOTO_SRC = 'media/4f1c.jpg';
const START = Date.parse('2026-12-07T08:00:00.000Z');

/** Time the test owns: the pacer's waits move it at once, and the loopback server reads the same clock. */
class TestClock implements PacerClock {
  t = START;
  readonly slept: number[] = [];
  now = () => this.t;
  sleep = async (ms: number) => {
    this.slept.push(ms);
    this.t += ms;
  };
}

const makeDir = useTempDirs('shpalta-telegram-');
let clock: TestClock;
let server: TelegramBotApiServer;
let secrets: FileSecretStore;
/** The app's one pacer, as the host would pass to every target. */
let pacer: ChatPacer;

async function startServer(options: { chats?: BotApiChat[]; ownPostsInUpdates?: boolean } = {}) {
  await server?.close();
  server = await startTelegramBotApi({
    token: TOKEN,
    chats: options.chats ?? [CHANNEL],
    now: clock.now,
    ownPostsInUpdates: options.ownPostsInUpdates ?? true,
  });
}

beforeEach(async () => {
  clock = new TestClock();
  pacer = new ChatPacer(clock);
  secrets = new FileSecretStore(await makeDir(), null);
  await secrets.set(TELEGRAM_TOKEN_SECRET, TOKEN);
  await startServer();
});

afterEach(async () => {
  await server.close();
});

function target(options: Partial<TelegramTargetOptions> = {}): TelegramTarget {
  return new TelegramTarget({
    config: { channel: '@shpalta_news' },
    secrets,
    apiBase: server.apiBase,
    clock,
    pacer,
    timeoutMs: 2000,
    ownPostsInUpdates: true,
    ...options,
  });
}

const UKRAINIAN = {
  headline: 'Вибори-2026: «Що змінилося» — і чому це важливо…',
  lead: 'ЦВК ухвалила нові правила: голосування & підрахунок < 24 год > торішніх.',
};

function article(fields: Partial<ArticleInput> = {}) {
  return newArticle('vybory-2026', '2026-12-07T07:00:00.000Z', { ...UKRAINIAN, ...fields });
}

const withPhoto: Partial<ArticleInput> = {
  featuredImage: { src: PHOTO_SRC, alt: 'Дільниця', caption: '', credit: '', width: 1200, height: 628, crops: {} },
};

let jobs = 0;
function context(fields: Partial<ArticleInput> = {}, previous: RemoteRecord | null = null): SendContext {
  const payload = {
    article: article(fields),
    contentHash: 'sha256-test',
    outlet: {
      name: 'Шпальта',
      siteUrl: 'https://shpalta.media',
      logoUrl: '',
      telegramUrl: '',
      facebookUrl: '',
      subscribeText: '',
      dateStyle: 'standard',
    },
    related: [],
    pageUrl: PAGE,
  } as SendContext['payload'];
  jobs += 1;
  return {
    jobId: `job-${jobs}`,
    articleId: payload.article.id,
    payload,
    previous,
    when: 'now',
    signal: new AbortController().signal,
    readMedia: async (src: string): Promise<MediaFile> => {
      if (src !== PHOTO_SRC) throw new Error(`no such file: ${src}`);
      return { src, fileName: '4f1c.jpg', mime: 'image/jpeg', bytes: jpeg(1200, 628), width: 1200, height: 628 };
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<PublishError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PublishError) return error;
    throw error;
  }
  throw new Error('expected a PublishError');
}

const sends = () => server.calls().filter((call) => call.method === 'sendMessage' || call.method === 'sendPhoto');
const visible = `${UKRAINIAN.headline}\n\n${UKRAINIAN.lead}\n\n${PAGE}`;

describe('TelegramTarget: posting', () => {
  it('posts a photo with the post as its caption in HTML parse mode, and records the message', async () => {
    const record = await target().send(context(withPhoto));
    const [posted, ...others] = server.posts(CHANNEL.id);
    expect(others).toEqual([]);
    expect(posted).toMatchObject({ kind: 'photo', text: visible, photo: { mime: 'image/jpeg' } });
    expect(record).toEqual({
      id: String(posted?.messageId),
      url: `https://t.me/shpalta_news/${posted?.messageId}`,
      extra: { shape: 'photo', chatId: String(CHANNEL.id), date: String(posted?.date) },
    });
  });

  it('posts a text with the page’s link card when there is no picture', async () => {
    const record = await target().send(context());
    expect(server.posts(CHANNEL.id)).toMatchObject([{ kind: 'text', text: visible, linkPreviewUrl: PAGE }]);
    expect(record.extra.shape).toBe('text');
  });

  it('sends the journalist’s own markup as Telegram’s entities', async () => {
    await target().send(context({ telegram: { text: '<b>Вибори</b> — <i>коротко</i>' } }));
    const [posted] = server.posts(CHANNEL.id);
    expect(posted?.text).toBe(`Вибори — коротко\n\n${PAGE}`);
    expect(posted?.entities).toEqual([
      { type: 'bold', offset: 0, length: 6 },
      { type: 'italic', offset: 9, length: 7 },
    ]);
  });

  it('sends a post too long for a caption whole, as one text with the link card, not a cut caption', async () => {
    const long = `${'Довгий допис про вибори, «бюлетені» й підрахунок. '.repeat(40)}${PAGE}`;
    expect(long.length).toBeGreaterThan(1024);
    const record = await target().send(context({ ...withPhoto, telegram: { text: long } }));
    expect(record.extra.shape).toBe('text');
    expect(server.posts(CHANNEL.id)).toMatchObject([{ kind: 'text', text: long, linkPreviewUrl: PAGE }]);
  });

  it('refuses a post over 4096 before sending anything', async () => {
    const error = await failure(target().send(context({ telegram: { text: 'ї'.repeat(4097) } })));
    expect(error.outcome).toBe('rejected');
    expect(error.reason.key).toBe('publish.telegram.messageTooLong');
    expect(server.calls()).toEqual([]);
  });

  it('refuses markup Telegram would refuse before sending anything', async () => {
    const error = await failure(target().send(context({ telegram: { text: '<h1>Вибори</h1>' } })));
    expect(error).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.markupRefused' } });
    expect(server.calls()).toEqual([]);
  });

  it('sends a picture Telegram would refuse as a photo as the text’s link card instead', async () => {
    const huge = context(withPhoto);
    huge.readMedia = async (src) => ({
      src,
      fileName: 'x.jpg',
      mime: 'image/gif',
      bytes: jpeg(10, 10),
      width: 10,
      height: 10,
    });
    const record = await target().send(huge);
    expect(record.extra.shape).toBe('text');
  });

  it('names an image it cannot read instead of posting without it silently', async () => {
    const error = await failure(
      target().send(context({ ...withPhoto, featuredImage: { ...withPhoto.featuredImage!, src: 'media/gone.jpg' } })),
    );
    expect(error).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.imageUnreadable' } });
    expect(server.messages()).toEqual([]);
  });
  it('sends a share image that is an address as sendPhoto with the address, no upload', async () => {
    const url = 'https://cdn.shpalta.media/foto/vybory.jpg';
    const record = await target().send(context({ share: { title: '', description: '', image: url } }));
    expect(record.extra.shape).toBe('photo');
    expect(server.posts(CHANNEL.id)).toMatchObject([{ kind: 'photo', text: visible, photo: { url } }]);
  });
});

describe('TelegramTarget: corrections and withdrawal', () => {
  it('corrects a text post by editing it once; the same text again is already done', async () => {
    const first = await target().send(context());
    const corrected = await target().send(context({ headline: 'Вибори-2026: виправлено «дату»' }, first));
    expect(corrected).toEqual(first);
    expect(server.messages()).toHaveLength(1);
    const [post] = server.posts(CHANNEL.id);
    expect(post?.edits).toBe(1);
    expect(post?.text.startsWith('Вибори-2026: виправлено «дату»')).toBe(true);

    await expect(target().send(context({ headline: 'Вибори-2026: виправлено «дату»' }, first))).resolves.toEqual(first);
    expect(server.posts(CHANNEL.id)[0]?.edits).toBe(1);
    expect(
      server
        .calls()
        .filter((call) => call.method === 'editMessageText')
        .map((call) => call.status),
    ).toEqual([200, 400]);
  });

  it('corrects a photo post’s caption, and refuses a correction the caption cannot hold', async () => {
    const first = await target().send(context(withPhoto));
    await target().send(context({ ...withPhoto, lead: 'Оновлено о 12:00.' }, first));
    expect(server.posts(CHANNEL.id)).toMatchObject([
      { kind: 'photo', edits: 1, text: `${UKRAINIAN.headline}\n\nОновлено о 12:00.\n\n${PAGE}` },
    ]);

    const error = await failure(target().send(context({ ...withPhoto, telegram: { text: 'ї'.repeat(1100) } }, first)));
    expect(error).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.captionTooLong' } });
    expect(server.messages()).toHaveLength(1);
  });

  it('says plainly when the post to correct was deleted in the channel, and posts nothing new', async () => {
    const first = await target().send(context());
    await target().withdraw(context({}, first));
    const error = await failure(target().send(context({ headline: 'Нове' }, first)));
    expect(error).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.postGone' } });
    expect(server.messages()).toHaveLength(1);
  });

  it('withdraws by deleting the message; a message already gone is withdrawn', async () => {
    const first = await target().send(context());
    await target().withdraw(context({}, first));
    expect(server.posts(CHANNEL.id)).toEqual([]);
    await expect(target().withdraw(context({}, first))).resolves.toBeUndefined();
    await expect(target().withdraw(context({}, null))).resolves.toBeUndefined();
  });

  it('says why a post older than 48 hours cannot be deleted', async () => {
    const first = await target().send(context());
    clock.t += 49 * 3600_000;
    const error = await failure(target().withdraw(context({}, first)));
    expect(error).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.tooOldToDelete' } });
    expect(server.posts(CHANNEL.id)).toHaveLength(1);
  });
});

describe('TelegramTarget: pace', () => {
  it('the loopback server refuses a second message within a second, as Telegram does', async () => {
    const call = (text: string) =>
      fetch(`${server.apiBase}/bot${TOKEN}/sendMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chat_id: '@shpalta_news', text }),
      }).then((response) => response.json());
    await expect(call('перший')).resolves.toMatchObject({ ok: true });
    await expect(call('другий')).resolves.toEqual({
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
  });

  it('sends at most one message a second per chat, whoever sends', async () => {
    const [a, b] = [target(), target()];
    await Promise.all([
      a.send(context()),
      b.send(context({ headline: 'Друге' })),
      a.send(context({ headline: 'Третє' })),
    ]);
    const times = server.messages().map((message) => message.at);
    expect(times).toEqual([START, START + 1000, START + 2000]);
    expect(sends().map((call) => call.status)).toEqual([200, 200, 200]);
    expect(clock.slept).toEqual([1000, 1000]);
  });

  it('obeys 429: not sent, with retry_after; the chat’s next message waits that long', async () => {
    server.injectFault({ method: 'sendMessage', kind: 'too-many-requests', retryAfter: 5 });
    const error = await failure(target().send(context()));
    expect(error).toMatchObject({
      outcome: 'not-sent',
      retryAfterMs: 5000,
      reason: { key: 'publish.telegram.tooManyRequests' },
    });
    expect(server.messages()).toEqual([]);

    await target().send(context());
    expect(server.messages().map((message) => message.at)).toEqual([START + 5000]);
  });
});

/**
 * The outbox's rule, as the target's contract states it: `not-sent` → send again; `unknown` → look up first:
 * a record is done, null means send again, a thrown `unknown` leaves it to a person.
 */
async function deliver(t: TelegramTarget, job: SendContext): Promise<'sent' | 'person decides'> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      await t.send(job);
      return 'sent';
    } catch (error) {
      if (!(error instanceof PublishError) || error.outcome === 'rejected') throw error;
      if (error.outcome === 'not-sent') continue;
      try {
        if (await t.lookup(job)) return 'sent';
      } catch (lookupError) {
        if (lookupError instanceof PublishError && lookupError.outcome === 'unknown') return 'person decides';
        throw lookupError;
      }
    }
  }
  throw new Error('not delivered in 5 attempts');
}

describe('TelegramTarget: faults never post twice', () => {
  const faults = [
    { name: 'answer lost after the post (timeout)', fault: { kind: 'hang-after-commit' } },
    { name: 'connection reset before the post', fault: { kind: 'reset', when: 'before-commit' } },
    { name: 'connection reset after the post', fault: { kind: 'reset', when: 'after-commit' } },
    { name: '502 before the post', fault: { kind: 'server-error', when: 'before-commit' } },
    { name: '500 after the post', fault: { kind: 'server-error', when: 'after-commit', status: 500 } },
    { name: '429', fault: { kind: 'too-many-requests', retryAfter: 2 } },
  ] as const;

  for (const { name, fault } of faults) {
    for (const shape of ['text', 'photo'] as const) {
      it(`${name}, ${shape} post: exactly one message`, async () => {
        server.injectFault({ ...fault, method: shape === 'photo' ? 'sendPhoto' : 'sendMessage' });
        const t = target({ timeoutMs: 300 });
        await expect(deliver(t, context(shape === 'photo' ? withPhoto : {}))).resolves.toBe('sent');
        expect(server.messages()).toHaveLength(1);
        expect(server.posts(CHANNEL.id)[0]?.kind).toBe(shape);
      });
    }
  }

  it('finds the post a lost answer left in the channel, with its message id', async () => {
    server.injectFault({ method: 'sendMessage', kind: 'hang-after-commit' });
    const t = target({ timeoutMs: 300 });
    const job = context();
    const error = await failure(t.send(job));
    expect(error).toMatchObject({ outcome: 'unknown', reason: { key: 'publish.telegram.noAnswer' } });
    const found = await t.lookup(job);
    const [posted] = server.posts(CHANNEL.id);
    expect(found).toEqual({
      id: String(posted?.messageId),
      url: `https://t.me/shpalta_news/${posted?.messageId}`,
      extra: { shape: 'text', chatId: String(CHANNEL.id), date: String(posted?.date) },
    });
  });

  it('leaves it to a person when Telegram does not show the bot its own posts (as real Telegram)', async () => {
    await startServer({ ownPostsInUpdates: false });
    server.injectFault({ method: 'sendMessage', kind: 'reset', when: 'after-commit' });
    const t = target({ ownPostsInUpdates: false });
    await expect(deliver(t, context())).resolves.toBe('person decides');
    expect(server.messages()).toHaveLength(1);
  });

  it('leaves it to a person when the updates cannot be read (a webhook is set)', async () => {
    server.injectFault({ method: 'sendMessage', kind: 'server-error', when: 'before-commit' });
    server.setWebhook('https://example.org/hook');
    const t = target();
    const job = context();
    await failure(t.send(job));
    const error = await failure(t.lookup(job));
    expect(error).toMatchObject({ outcome: 'unknown', reason: { key: 'publish.telegram.lookupConflict' } });
    expect(server.messages()).toHaveLength(0);
  });

  it('leaves it to a person when the attempt is older than the updates Telegram keeps', async () => {
    server.injectFault({ method: 'sendMessage', kind: 'server-error', when: 'before-commit' });
    const t = target();
    const job = context();
    await failure(t.send(job));
    clock.t += 25 * 3600_000;
    const error = await failure(t.lookup(job));
    expect(error).toMatchObject({ outcome: 'unknown', reason: { key: 'publish.telegram.lookupUncertain' } });
  });

  it('does not take an older post with the same words for this attempt’s', async () => {
    server.postAsPerson(CHANNEL.id, visible);
    clock.t += 60_000;
    server.injectFault({ method: 'sendMessage', kind: 'server-error', when: 'before-commit' });
    const t = target();
    const job = context();
    await failure(t.send(job));
    await expect(t.lookup(job)).resolves.toBeNull();
  });

  it('leaves it to a person when this process did not make the attempt (a restart): its time is unknown', async () => {
    server.injectFault({ method: 'sendMessage', kind: 'server-error', when: 'before-commit' });
    const job = context();
    await failure(target().send(job));
    const error = await failure(target().lookup(job));
    expect(error).toMatchObject({ outcome: 'unknown', reason: { key: 'publish.telegram.lookupUncertain' } });
  });

  it('a correction or a withdrawal needs no lookup: repeating it cannot post twice', async () => {
    const first = await target().send(context());
    await expect(target().lookup(context({ headline: 'Виправлено' }, first))).resolves.toBeNull();
  });

  it('a send cancelled while it waits for its turn is not sent', async () => {
    const realTime = new ChatPacer();
    realTime.holdFor('@shpalta_news', 60_000);
    const cancel = new AbortController();
    const job = { ...context(), signal: cancel.signal };
    const sending = failure(target({ pacer: realTime }).send(job));
    cancel.abort();
    await expect(sending).resolves.toMatchObject({
      outcome: 'not-sent',
      reason: { key: 'publish.telegram.cancelled' },
    });
    expect(server.calls()).toEqual([]);
  });

  it('says the network is down when Telegram cannot be reached: not sent', async () => {
    const apiBase = server.apiBase;
    await server.close();
    const error = await failure(target({ apiBase }).send(context()));
    expect(error).toMatchObject({ outcome: 'not-sent', reason: { key: 'publish.telegram.unreachable' } });
    await startServer();
  });
});

describe('TelegramTarget: clear reasons', () => {
  it('a wrong token: rejected, and the token is in no error and no record', async () => {
    await secrets.set(TELEGRAM_TOKEN_SECRET, '7000000001:AAH-wrong-token');
    const error = await failure(target().send(context()));
    expect(error).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.wrongToken' } });
    expect(JSON.stringify([error, error.message, error.stack])).not.toContain('AAH-');
  });

  it('the token is in no record and no error through a post, a fault, a correction and a withdrawal', async () => {
    const seen: unknown[] = [];
    const t = target({ timeoutMs: 300 });
    const first = await t.send(context(withPhoto));
    server.injectFault({ method: 'editMessageCaption', kind: 'reset', when: 'before-commit' });
    seen.push(first, await failure(t.send(context({ ...withPhoto, lead: 'Оновлено' }, first))));
    seen.push(await t.send(context({ ...withPhoto, lead: 'Оновлено' }, first)));
    server.injectFault({ method: 'deleteMessage', kind: 'server-error', when: 'after-commit' });
    seen.push(await failure(t.withdraw(context(withPhoto, first))));
    await t.withdraw(context(withPhoto, first));
    expect(server.messages()).toMatchObject([{ deleted: true, edits: 1 }]);
    const text = JSON.stringify(seen.map((item) => (item instanceof Error ? [item, item.message, item.stack] : item)));
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('AAH-');
  });

  it('no token on this computer: rejected before any request', async () => {
    await secrets.delete(TELEGRAM_TOKEN_SECRET);
    const error = await failure(target().send(context()));
    expect(error).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.noToken' } });
    expect(server.calls()).toEqual([]);
  });

  it('the bot not in the channel, or in it without the right to post: rejected, the channel named', async () => {
    await startServer({
      chats: [
        { ...CHANNEL, bot: 'absent' },
        { id: -1009876543210, username: 'shpalta_drafts', title: 'Чернетки', bot: 'member' },
      ],
    });
    for (const channel of ['@shpalta_news', '@shpalta_drafts']) {
      const error = await failure(target({ config: { channel } }).send(context()));
      expect(error).toMatchObject({
        outcome: 'rejected',
        reason: { key: 'publish.telegram.notAdmin', params: { channel } },
      });
    }
    expect(server.messages()).toEqual([]);
  });

  it('a channel Telegram does not know, or one written wrongly', async () => {
    const unknown = await failure(target({ config: { channel: '@no_such_channel' } }).send(context()));
    expect(unknown).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.channelNotFound' } });
    const wrong = await failure(target({ config: { channel: 't.me/shpalta' } }).send(context()));
    expect(wrong).toMatchObject({ outcome: 'rejected', reason: { key: 'publish.telegram.channelInvalid' } });
  });

  it('a post to a private channel by its id links the post by the channel’s number', async () => {
    const record = await target({ config: { channel: String(CHANNEL.id) } }).send(context());
    expect(record.url).toBe(`https://t.me/shpalta_news/${record.id}`);
    await startServer({ chats: [{ id: -1005550001111, title: 'Приватний', bot: 'admin' }] });
    const hidden = await target({ config: { channel: '-1005550001111' } }).send(context());
    expect(hidden.url).toBe(`https://t.me/c/5550001111/${hidden.id}`);
  });

  it('a scheduled job sent early is told when to come back, and nothing is sent', async () => {
    const job = { ...context(), when: new Date(START + 3600_000).toISOString() };
    const error = await failure(target().send(job));
    expect(error).toMatchObject({ outcome: 'not-sent', retryAfterMs: 3600_000 });
    expect(server.calls()).toEqual([]);
  });
});
