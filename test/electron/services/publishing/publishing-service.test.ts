import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventName } from '../../../../shared/api/names';
import type { Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { outletEdit } from '../../../../shared/outlet/outlet-profile';
import type { OutboxJobView } from '../../../../shared/publishing/outbox/outbox-job';
import { versionsDir } from '../../../../electron/services/settings/paths';
import { rejection } from '../../../fixtures/api-errors';
import { png } from '../../../fixtures/images';
import { startTelegramBotApi, type TelegramBotApiServer } from '../../../fixtures/telegram-bot-api';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { createTestApp, type TestApp } from '../../../fixtures/test-app';
import { startWordPress, type WordPressServer } from '../../../fixtures/wordpress-server';

/*
 * Publishing as the app does it, end to end under Node: a real library and workflow, the real outbox in the
 * app's data folder, and the three real targets — a static site folder, Debian's WordPress over MariaDB and a
 * loopback Telegram Bot API — with the editor's credentials set as canaries that must appear nowhere else.
 */

const tempDir = useTempDirs();
const TOKEN = '7000000002:AAH-canary-telegram-token-publishing';
const CHANNEL = { id: -1001234567890, username: 'misto_news', title: 'Міська газета', bot: 'admin' as const };
const SITE = 'https://misto.example';
const SLOW = 120_000;

let wp: WordPressServer;
let tg: TelegramBotApiServer;

beforeAll(async () => {
  [wp, tg] = await Promise.all([
    startWordPress(),
    startTelegramBotApi({ token: TOKEN, chats: [CHANNEL], ownPostsInUpdates: true }),
  ]);
}, SLOW);
afterAll(async () => {
  await Promise.all([wp?.close(), tg?.close()]);
});

interface Harness {
  app: TestApp;
  /** Every answer and event the page would have received, as text: the canaries must not be in it. */
  seen: string[];
  logged: string[];
  call(method: string, input: unknown): Promise<unknown>;
}

/** An editor's app on `root` (a new folder unless given: the same one is the same computer started again). */
async function editorApp(root?: string, clock?: () => Date): Promise<Harness> {
  const seen: string[] = [];
  const logged: string[] = [];
  const app = await createTestApp(root ?? (await tempDir()), 'browser', {
    logger: { error: (text, error) => logged.push(`${text} ${String(error)}`) },
    publishingEndpoints: { telegramApi: tg.apiBase, telegramOwnPostsInUpdates: true },
    ...(clock ? { publishingClock: clock } : {}),
  });
  app.services.bus.subscribe((event: EventName, payload: unknown) => seen.push(JSON.stringify({ event, payload })));
  const handlers = app.services.handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const call = async (method: string, input: unknown) => {
    const answer = await handlers[method]!(input);
    seen.push(JSON.stringify(answer));
    return answer;
  };
  await call('settings.update', { user: { name: 'Іван Редактор', role: 'editor' } });
  const outlet = await call('outlet.get', {});
  const { profile, hash } = outlet as { profile: Parameters<typeof outletEdit>[0]; hash: string | null };
  await call('outlet.update', {
    profile: { ...outletEdit(profile), name: 'Міська газета', siteUrl: SITE },
    baseHash: hash,
  });
  return { app, seen, logged, call };
}

/** An approved article with a featured picture, a rubric and tags, as an editor would have it. */
async function approvedArticle(h: Harness, headline: string, slug = 'mist-cherez-dnipro'): Promise<Article> {
  const created = (await h.call('article.create', { headline })) as { article: Article; hash: string };
  const picture = (await h.call('media.import', {
    articleId: created.article.id,
    fileName: 'mist.png',
    base64: png(1200, 630, 7).toString('base64'),
  })) as { src: string; width: number; height: number };
  const article: Article = {
    ...created.article,
    lead: 'Підрядник назвав дату — «весна».',
    body: docFromParagraphs([
      'Роботи тривають: міст з’єднає два береги.',
      'Нагадаємо, будівництво почали у 2024 році.',
    ]),
    rubric: 'Суспільство',
    tags: ['Київ', 'мости'],
    authors: [{ name: 'Петро Шевчук' }],
    slug,
    featuredImage: {
      src: picture.src,
      alt: 'Опори мосту над Дніпром',
      caption: 'Будівництво мосту',
      credit: 'Олена Коваль',
      width: 1200,
      height: 630,
      crops: {},
    },
  };
  let { hash } = (await h.call('article.save', { article, baseHash: created.hash })) as { hash: string };
  for (const to of ['submitted', 'in-review', 'approved'] as const) {
    ({ hash } = (await h.call('workflow.transition', { id: article.id, to, baseHash: hash })) as { hash: string });
  }
  return ((await h.call('article.get', { id: article.id })) as { article: Article }).article;
}

async function fileOf(h: Harness, id: string): Promise<{ article: Article; hash: string }> {
  return (await h.call('article.get', { id })) as { article: Article; hash: string };
}

/** Resolves once every job named has ended, with their last views. */
function jobsEnded(h: Harness, ids: readonly string[]): Promise<OutboxJobView[]> {
  const ended = ['sent', 'failed', 'unknown', 'cancelled'];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`jobs did not end: ${ids.join(', ')}`)), SLOW);
    const check = async () => {
      const { jobs } = (await h.call('publishing.jobs', {})) as { jobs: OutboxJobView[] };
      const mine = ids.map((id) => jobs.find((job) => job.id === id));
      if (mine.every((job) => job && ended.includes(job.state.kind))) {
        clearTimeout(timer);
        off();
        resolve(mine as OutboxJobView[]);
      }
    };
    const off = h.app.services.bus.subscribe((event) => {
      if (event === 'publishing.job') void check();
    });
    void check();
  });
}

/** Publishes now to all three targets and resolves with the jobs once each has ended. */
async function publishedEverywhere(h: Harness, id: string, baseHash: string): Promise<OutboxJobView[]> {
  const started = (await h.call('publishing.start', {
    id,
    baseHash,
    targets: ['static', 'wordpress', 'telegram'],
    when: 'now',
    changedSinceApproval: false,
  })) as { jobs: OutboxJobView[] };
  return jobsEnded(
    h,
    started.jobs.map((job) => job.id),
  );
}

/** Every file under `dir` as text, for a canary to be looked for. */
function filesUnder(dir: string): Array<{ file: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ file, text: readFileSync(file).toString('latin1') }));
}

/** The contents of every object of a Git repository (its files are compressed: read through Git itself). */
function gitObjects(gitDir: string): string {
  if (!existsSync(gitDir)) return '';
  return spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch-all-objects', '--batch'], {
    encoding: 'latin1',
    maxBuffer: 256 * 1024 * 1024,
  }).stdout;
}

describe('publishing from an editor’s computer', () => {
  it(
    'publishes an approved article to a site folder, WordPress and Telegram once each, corrects in place, withdraws, and keeps the credentials to itself',
    async () => {
      const h = await editorApp();
      const siteFolder = path.join(h.app.root, 'site-folder');
      // The site's administrator: WordPress shows an editor's login only authors who have published before.
      const password = wp.people.admin.appPassword;
      await h.call('publishing.update', {
        settings: {
          static: { folder: siteFolder },
          wordpress: { siteUrl: wp.url, login: 'admin', authors: { 'Петро Шевчук': 'petro' } },
          telegram: { channel: '@misto_news' },
        },
        wordpressPassword: password,
        telegramToken: TOKEN,
      });
      await import('node:fs/promises').then((fs) => fs.mkdir(siteFolder));
      const setup = (await h.call('publishing.get', {})) as { ready: string[]; credentials: object };
      expect(setup.ready).toEqual(['static', 'wordpress', 'telegram']);
      expect(setup.credentials).toEqual({ wordpress: true, telegram: true });

      const article = await approvedArticle(h, 'Міст через Дніпро відкриють навесні');
      let file = await fileOf(h, article.id);
      expect((await h.call('publishing.check', { id: article.id })) as unknown).toEqual({
        changedSinceApproval: false,
      });
      const sent = await publishedEverywhere(h, article.id, file.hash);
      expect(sent.map((job) => [job.target, job.state.kind])).toEqual([
        ['static', 'sent'],
        ['wordpress', 'sent'],
        ['telegram', 'sent'],
      ]);

      // The article now says where it went, and that it is out.
      file = await fileOf(h, article.id);
      expect(file.article.status).toBe('published');
      const postId = file.article.remoteIds.wordpress;
      expect(postId).toMatch(/^\d+$/);
      expect(file.article.remoteIds.telegram).toMatch(/^\d+$/);
      expect(file.article.remoteIds['static.url']).toBe(`${SITE}/mist-cherez-dnipro/`);
      const post = await wp.rest<{ title: { raw: string }; status: string; author: number }>(`/wp/v2/posts/${postId}`, {
        context: 'edit',
      });
      expect(post).toMatchObject({ title: { raw: 'Міст через Дніпро відкриють навесні' }, status: 'publish' });
      // The author is theirs on the site too, by the login the settings map her name to.
      expect(post.author).toBe(wp.people.petro.id);
      expect(tg.posts(CHANNEL.id).filter((message) => !message.deleted)).toHaveLength(1);
      const page = await readFile(path.join(siteFolder, 'site', 'mist-cherez-dnipro', 'index.html'), 'utf8');
      expect(page).toContain('Роботи тривають: міст з’єднає два береги.');

      // A correction: the page stays live, the corrected text goes to the same post, message and page.
      ({ hash: file.hash } = (await h.call('workflow.transition', {
        id: article.id,
        to: 'correction',
        baseHash: file.hash,
      })) as { hash: string });
      file = await fileOf(h, article.id);
      // While it is corrected it cannot be withdrawn (the workflow has no such step), and no job is made for it.
      const jobsBefore = ((await h.call('publishing.jobs', {})) as { jobs: unknown[] }).jobs.length;
      const refused = await rejection(
        h.app.services.handlers['publishing.withdraw']({ id: article.id, baseHash: file.hash, note: '' }),
      );
      expect(refused.reason.key).toBe('publish.error.notPublished');
      expect(((await h.call('publishing.jobs', {})) as { jobs: unknown[] }).jobs).toHaveLength(jobsBefore);
      // The lead is in the Telegram post as well as on the page: the message is edited, not posted again.
      const corrected = {
        ...file.article,
        lead: 'Підрядник назвав дату — «квітень».',
        body: docFromParagraphs(['Роботи тривають: міст відкриють у квітні.']),
      };
      ({ hash: file.hash } = (await h.call('article.save', { article: corrected, baseHash: file.hash })) as {
        hash: string;
      });
      await publishedEverywhere(h, article.id, file.hash);
      file = await fileOf(h, article.id);
      expect(file.article.status).toBe('published');
      expect(file.article.remoteIds.wordpress).toBe(postId);
      const posts = await wp.rest<Array<{ id: number }>>('/wp/v2/posts', { status: 'any', context: 'edit' });
      expect(posts.map((item) => item.id)).toEqual([Number(postId)]);
      const [message] = tg.posts(CHANNEL.id);
      expect(tg.posts(CHANNEL.id)).toHaveLength(1);
      expect(message?.edits).toBe(1);
      expect(message?.text).toContain('Підрядник назвав дату — «квітень».');
      expect(await readFile(path.join(siteFolder, 'site', 'mist-cherez-dnipro', 'index.html'), 'utf8')).toContain(
        'міст відкриють у квітні',
      );

      // Withdrawn: gone from all three, and the article says so.
      const withdrawn = (await h.call('publishing.withdraw', {
        id: article.id,
        baseHash: file.hash,
        note: 'Помилка в даті',
      })) as { jobs: OutboxJobView[] };
      expect(withdrawn.jobs.map((job) => job.target)).toEqual(['static', 'wordpress', 'telegram']);
      await jobsEnded(
        h,
        withdrawn.jobs.map((job) => job.id),
      );
      file = await fileOf(h, article.id);
      expect(file.article.status).toBe('withdrawn');
      expect(file.article.remoteIds).toEqual({});
      expect((await wp.rest<{ status: string }>(`/wp/v2/posts/${postId}`, { context: 'edit' })).status).toBe('trash');
      expect(tg.posts(CHANNEL.id).every((item) => item.deleted)).toBe(true);
      expect(existsSync(path.join(siteFolder, 'site', 'mist-cherez-dnipro', 'index.html'))).toBe(false);

      // The canaries: the credentials are in the secrets file and nowhere else.
      const places = [
        ...filesUnder(h.app.libraryPath),
        ...filesUnder(siteFolder),
        ...filesUnder(h.app.userDataDir).filter((entry) => !entry.file.endsWith('secrets-unencrypted.json')),
      ];
      const histories = readdirSync(versionsDir(h.app.userDataDir)).map((key) =>
        gitObjects(path.join(versionsDir(h.app.userDataDir), key, 'git')),
      );
      const history = histories.join('');
      // The history was read: it holds the article's versions (as UTF-8 bytes read one by one).
      expect(history).toContain(Buffer.from('Міст через Дніпро').toString('latin1'));
      for (const secret of [password, TOKEN]) {
        expect(places.filter((entry) => entry.text.includes(secret)).map((entry) => entry.file)).toEqual([]);
        expect(history).not.toContain(secret);
        expect(h.seen.filter((text) => text.includes(secret))).toEqual([]);
        expect(h.logged.filter((text) => text.includes(secret))).toEqual([]);
      }
      // They were set, and are kept where browser mode keeps them (the UI says it is less safe).
      const kept = readFileSync(path.join(h.app.userDataDir, 'secrets-unencrypted.json'), 'utf8');
      for (const secret of [password, TOKEN]) expect(kept).toContain(Buffer.from(secret).toString('base64'));
      h.app.services.dispose();
    },
    SLOW * 2,
  );

  it('schedules a publication: WordPress holds the post for its time, and the article is «published» then', async () => {
    const root = await tempDir();
    const h = await editorApp(root);
    await h.call('publishing.update', {
      settings: {
        static: { folder: '' },
        wordpress: { siteUrl: wp.url, login: 'olena' },
        telegram: { channel: '' },
      },
      wordpressPassword: wp.people.olena.appPassword,
    });
    const article = await approvedArticle(h, 'Розклад руху тролейбусів зміниться', 'rozklad-trolejbusiv');
    const file = await fileOf(h, article.id);
    // WordPress holds a post only when its time is at least a minute ahead (wp_insert_post); nearer is now.
    const when = new Date(Date.now() + 5 * 60_000);
    const started = (await h.call('publishing.start', {
      id: article.id,
      baseHash: file.hash,
      targets: ['wordpress'],
      when: when.toISOString(),
      changedSinceApproval: false,
    })) as { jobs: OutboxJobView[] };
    expect((await fileOf(h, article.id)).article.status).toBe('scheduled');
    const [sent] = await jobsEnded(
      h,
      started.jobs.map((job) => job.id),
    );
    expect(sent?.state.kind).toBe('sent');
    const postId = (await fileOf(h, article.id)).article.remoteIds.wordpress;
    const post = await wp.rest<{ status: string; date_gmt: string }>(`/wp/v2/posts/${postId}`, { context: 'edit' });
    expect(post.status).toBe('future');
    expect(post.date_gmt).toBe(when.toISOString().slice(0, 19));
    expect((await fileOf(h, article.id)).article.status).toBe('scheduled');
    h.app.services.dispose();

    // The app was closed while the time came: at the next start the article is «published», by nobody's click.
    const later = await editorApp(root, () => new Date(when.getTime() + 1000));
    await expect
      .poll(async () => (await fileOf(later, article.id)).article.status, { timeout: 30_000 })
      .toBe('published');
    later.app.services.dispose();
  });

  it('refuses a journalist, forgets the credentials when the role becomes journalist, and asks again after a change', async () => {
    const h = await editorApp();
    await h.call('publishing.update', { telegramToken: TOKEN });
    expect(((await h.call('publishing.get', {})) as { credentials: object }).credentials).toEqual({
      wordpress: false,
      telegram: true,
    });
    const article = await approvedArticle(h, 'Тарифи на воду');
    const file = await fileOf(h, article.id);
    // Changed after the approval: publishing says so and waits for the editor's confirmation.
    const changed = { ...file.article, lead: 'Новий лід після схвалення.' };
    const { hash } = (await h.call('article.save', { article: changed, baseHash: file.hash })) as { hash: string };
    expect(await h.call('publishing.check', { id: article.id })).toEqual({ changedSinceApproval: true });
    const refusal = await rejection(
      h.app.services.handlers['publishing.start']({
        id: article.id,
        baseHash: hash,
        targets: ['telegram'],
        when: 'now',
        changedSinceApproval: false,
      }),
    );
    expect(refusal.reason.key).toBe('publish.error.changedSinceApproval');
    // Only a published article can be withdrawn, and a refused withdrawal leaves no job behind.
    const notOut = await rejection(
      h.app.services.handlers['publishing.withdraw']({ id: article.id, baseHash: hash, note: '' }),
    );
    expect(notOut.reason.key).toBe('publish.error.notPublished');
    expect(((await h.call('publishing.jobs', {})) as { jobs: unknown[] }).jobs).toEqual([]);

    await h.call('settings.update', { user: { role: 'journalist' } });
    expect((await h.call('publishing.get', {})) as { allowed: boolean; credentials: object }).toMatchObject({
      allowed: false,
      credentials: { wordpress: false, telegram: false },
    });
    expect(readFileSync(path.join(h.app.userDataDir, 'secrets-unencrypted.json'), 'utf8')).not.toContain(
      Buffer.from(TOKEN).toString('base64'),
    );
    for (const method of ['publishing.update', 'publishing.start'] as const) {
      const error = await rejection(
        (h.app.services.handlers[method] as (input: unknown) => Promise<unknown>)(
          method === 'publishing.update'
            ? { telegramToken: TOKEN }
            : { id: article.id, baseHash: hash, targets: ['telegram'], when: 'now', changedSinceApproval: true },
        ),
      );
      expect([error.code, error.reason.key]).toEqual(['workflow-forbidden', 'publish.error.editorsOnly']);
    }
    h.app.services.dispose();
  });
});
