import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/result';
import type { UpdateStatus } from '../../../shared/updates/update-status';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Article } from '../../../shared/domain/article';
import { docFromParagraphs } from '../../../shared/domain/doc';
import type { OutboxJobView } from '../../../shared/publishing/outbox/outbox-job';
import { startTelegramBotApi, type TelegramBotApiServer } from '../../fixtures/telegram-bot-api';
import { createTestApp, type TestApp, type TestAppSeams } from '../../fixtures/test-app';
import { useTempDirs } from '../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-updates-');
const VIEW = 'view-0001-window';
const TOKEN = '7000000002:AAH-canary-telegram-token-updates';
const CHANNEL = { id: -1001234567890, username: 'misto_news', title: 'Міська газета', bot: 'admin' as const };

let tg: TelegramBotApiServer;
beforeAll(async () => {
  tg = await startTelegramBotApi({ token: TOKEN, chats: [CHANNEL], ownPostsInUpdates: true });
});
afterAll(async () => {
  await tg?.close();
});

describe('updates through the API', () => {
  const opened: TestApp[] = [];
  afterEach(() => {
    for (const app of opened.splice(0)) app.services.dispose();
  });

  const open = async (host: 'electron' | 'browser', seams: TestAppSeams = {}) => {
    const app = await createTestApp(await tempDir(), host, { env: {}, adminPolicyFile: null, ...seams });
    opened.push(app);
    const call = async (method: MethodName, input: unknown = {}) => {
      const reply = (await dispatch(app.services.handlers, method, input)) as Envelope<unknown>;
      if (!reply.ok) throw new Error(`${method}: ${reply.error.code}`);
      return reply.value;
    };
    const told: UpdateStatus[] = [];
    app.services.bus.subscribe((event, payload) => {
      if (event === 'updates.state') told.push(payload as UpdateStatus);
    });
    return { app, call, told, status: () => call('updates.get') as Promise<UpdateStatus> };
  };

  /** A desktop app whose updater only records what it is asked. */
  const openDesktop = async (env: Record<string, string> = {}, seams: TestAppSeams = {}) => {
    const asked = { checks: 0, installs: 0 };
    const opened = await open('electron', {
      ...seams,
      env,
      updater: { check: () => void asked.checks++, installNow: () => void asked.installs++ },
    });
    return { ...opened, asked };
  };

  it('browser mode says updates are the desktop app’s, and keeps the switch', async () => {
    const { call, status } = await open('browser');
    expect(await status()).toEqual({
      state: { kind: 'unsupported', reason: 'browser' },
      currentVersion: '0.0.0-test',
      administrator: false,
      hold: null,
    });
    expect(await call('settings.get')).toMatchObject({ updates: { enabled: true } });
    expect(await call('settings.update', { updates: { enabled: false } })).toMatchObject({
      updates: { enabled: false },
    });
    expect(await call('updates.check')).toMatchObject({ state: { kind: 'unsupported', reason: 'browser' } });
  });

  it('a development run of the desktop app has nothing to update', async () => {
    const { status } = await open('electron');
    expect((await status()).state).toEqual({ kind: 'unsupported', reason: 'development' });
  });

  it('the switch in the settings stops and starts updates, and every change is told', async () => {
    const { call, told, asked, status } = await openDesktop();
    await call('settings.update', { updates: { enabled: false } });
    expect(told.at(-1)?.state).toEqual({ kind: 'disabled', by: 'setting' });
    expect((await call('updates.check')) as UpdateStatus).toMatchObject({ state: { kind: 'disabled' } });
    expect(asked.checks).toBe(0);
    await call('settings.update', { updates: { enabled: true } });
    expect((await status()).state).toEqual({ kind: 'idle' });
    await call('updates.check');
    expect(asked.checks).toBe(1);
    expect(told.at(-1)?.state).toEqual({ kind: 'checking' });
  });

  it("the administrator's SHPALTA_UPDATES=off wins over the setting", async () => {
    const { call, asked, status } = await openDesktop({ SHPALTA_UPDATES: 'off' });
    expect(await status()).toMatchObject({ state: { kind: 'disabled', by: 'administrator' }, administrator: true });
    await call('settings.update', { updates: { enabled: true } });
    await call('updates.check');
    expect(asked.checks).toBe(0);
  });

  it("the administrator's policy file wins over the setting too", async () => {
    const file = path.join(await tempDir(), 'policy.json');
    await writeFile(file, '{ "updates": "off" }');
    const asked = { checks: 0 };
    const { call, status } = await open('electron', {
      adminPolicyFile: file,
      updater: { check: () => void asked.checks++, installNow: () => undefined },
    });
    expect(await status()).toMatchObject({ state: { kind: 'disabled', by: 'administrator' }, administrator: true });
    await call('updates.check');
    expect(asked.checks).toBe(0);
  });

  it('a ready update waits while a view has unsaved edits, and while one left before its save landed', async () => {
    const { app, call, asked } = await openDesktop();
    await call('updates.check');
    app.services.updates.downloaded('1.1.0');

    await call('view.unsaved', { view: VIEW, unsaved: true });
    expect(await call('updates.install')).toMatchObject({ state: { kind: 'ready' }, hold: 'unsaved' });
    expect(app.services.updates.mayInstallOnQuit()).toBe(false);

    // The window closes with its last save still on its way.
    app.services.views.leave(VIEW);
    expect(app.services.updates.mayInstallOnQuit()).toBe(false);
    const created = (await call('article.create', { headline: 'Перша' })) as {
      article: { id: string };
      hash: string;
    };
    const file = (await call('article.get', { id: created.article.id })) as { article: unknown; hash: string };
    await call('article.save', { article: file.article, baseHash: file.hash, view: VIEW });
    expect(app.services.updates.mayInstallOnQuit()).toBe(true);
    expect(asked.installs).toBe(0);

    expect(await call('updates.install')).toMatchObject({ hold: null });
    expect(asked.installs).toBe(1);
  });

  it('a ready update waits while the outbox is sending a publication', async () => {
    const { app, call, asked } = await openDesktop(
      {},
      { publishingEndpoints: { telegramApi: tg.apiBase, telegramOwnPostsInUpdates: true } },
    );
    await call('settings.update', { user: { name: 'Іван Редактор', role: 'editor' } });
    await call('publishing.update', {
      settings: { static: { folder: '' }, wordpress: { siteUrl: '', login: '' }, telegram: { channel: '@misto_news' } },
      telegramToken: TOKEN,
    });
    const created = (await call('article.create', { headline: 'Тарифи на воду' })) as {
      article: Article;
      hash: string;
    };
    const article: Article = { ...created.article, body: docFromParagraphs(['Тарифи зростуть з березня.']) };
    let { hash } = (await call('article.save', { article, baseHash: created.hash })) as { hash: string };
    for (const to of ['submitted', 'in-review', 'approved'] as const) {
      ({ hash } = (await call('workflow.transition', { id: article.id, to, baseHash: hash })) as { hash: string });
    }
    await call('updates.check');
    app.services.updates.downloaded('1.1.0');

    // Telegram takes the message and its answer never comes: the job stays on its way.
    tg.injectFault({ method: 'sendMessage', kind: 'hang-after-commit' });
    const sending = new Promise<void>((resolve) =>
      app.services.bus.subscribe((event, payload) => {
        if (event === 'publishing.job' && (payload as OutboxJobView).state.kind === 'sending') resolve();
      }),
    );
    await call('publishing.start', {
      id: article.id,
      baseHash: hash,
      targets: ['telegram'],
      when: 'now',
      changedSinceApproval: false,
    });
    await sending;
    expect(app.services.updates.mayInstallOnQuit()).toBe(false);
    expect(await call('updates.install')).toMatchObject({ state: { kind: 'ready' }, hold: 'sending' });
    expect(asked.installs).toBe(0);
  });

  it('refuses a report without a proper view id', async () => {
    const { app } = await open('electron');
    const reply = await dispatch(app.services.handlers, 'view.unsaved', { view: 'x', unsaved: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
