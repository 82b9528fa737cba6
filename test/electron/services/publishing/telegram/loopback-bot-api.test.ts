import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jpeg } from '../../../../fixtures/images';
import { startTelegramBotApi, type TelegramBotApiServer } from '../../../../fixtures/telegram-bot-api';

/**
 * The loopback server checks what Telegram checks; these say so, so that a target test passing against it
 * means something. Requests are made by hand, as the Bot API documents them.
 */

const TOKEN = '7000000001:AAH-loopback';
const CHANNEL = { id: -1001234567890, username: 'shpalta_news', title: 'Шпальта', bot: 'admin' as const };
let t = Date.parse('2026-12-07T08:00:00.000Z');
let server: TelegramBotApiServer;

beforeEach(async () => {
  server = await startTelegramBotApi({ token: TOKEN, chats: [CHANNEL], now: () => t, ownPostsInUpdates: true });
});

afterEach(async () => {
  await server.close();
});

async function call(method: string, params: Record<string, unknown> = {}, token = TOKEN) {
  const response = await fetch(`${server.apiBase}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  t += 1000; // one message a second: each call here in a turn of its own
  return (await response.json()) as { ok: boolean; result?: unknown; error_code?: number; description?: string };
}

const send = (text: string) => call('sendMessage', { chat_id: '@shpalta_news', text, parse_mode: 'HTML' });

describe('loopback Bot API', () => {
  it('refuses a wrong token and an unknown method', async () => {
    await expect(call('getMe', {}, '1:wrong')).resolves.toEqual({
      ok: false,
      error_code: 401,
      description: 'Unauthorized',
    });
    await expect(call('sendSticker')).resolves.toMatchObject({ ok: false, error_code: 404 });
    await expect(call('getMe')).resolves.toMatchObject({ ok: true, result: { is_bot: true } });
    await expect(call('getChat', { chat_id: CHANNEL.id })).resolves.toMatchObject({
      result: { id: CHANNEL.id, type: 'channel', username: 'shpalta_news' },
    });
  });

  it('parses HTML parse mode as Telegram documents it, refusing what it does not allow', async () => {
    await expect(
      send('<b>Київ</b> &amp; <a href="https://x.ua/?a=1&amp;b=2">Львів</a> &#8212;'),
    ).resolves.toMatchObject({
      ok: true,
      result: {
        text: 'Київ & Львів —',
        entities: [
          { type: 'bold', offset: 0, length: 4 },
          { type: 'text_link', offset: 7, length: 5, url: 'https://x.ua/?a=1&b=2' },
        ],
      },
    });
    for (const html of [
      '<h1>Заголовок</h1>',
      '<b>жирний <i>курсив</b></i>',
      '<b>не закрито',
      '1 < 2',
      '2 > 1',
      'Том & Джеррі',
      '&nbsp;',
      '<span>x</span>',
      '<a>без адреси</a>',
      '<code><b>x</b></code>',
      '<blockquote>a <blockquote>b</blockquote></blockquote>',
    ]) {
      const answer = await send(html);
      expect(answer, html).toMatchObject({ ok: false, error_code: 400 });
      expect(answer.description, html).toMatch(/^Bad Request: can't parse entities: /);
    }
  });

  it('counts the limits after parsing: 4096 for a message, 1024 for a caption', async () => {
    await expect(send(`<b>${'ї'.repeat(4096)}</b>`)).resolves.toMatchObject({ ok: true });
    await expect(send('ї'.repeat(4097))).resolves.toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: message is too long',
    });
    const photo = (caption: string) => {
      const form = new FormData();
      form.append('chat_id', '@shpalta_news');
      form.append('caption', caption);
      form.append('photo', new Blob([new Uint8Array(jpeg(1200, 628))], { type: 'image/jpeg' }), 'p.jpg');
      t += 1000;
      return fetch(`${server.apiBase}/bot${TOKEN}/sendPhoto`, { method: 'POST', body: form }).then((r) => r.json());
    };
    await expect(photo('ї'.repeat(1024))).resolves.toMatchObject({ ok: true, result: { photo: [{}] } });
    await expect(photo('ї'.repeat(1025))).resolves.toMatchObject({
      ok: false,
      description: 'Bad Request: message caption is too long',
    });
  });

  it('answers "message is not modified" to an edit that changes nothing', async () => {
    await send('Текст');
    await expect(
      call('editMessageText', { chat_id: CHANNEL.id, message_id: 1, text: 'Текст', parse_mode: 'HTML' }),
    ).resolves.toMatchObject({
      ok: false,
      description: expect.stringMatching(/^Bad Request: message is not modified/),
    });
    await expect(call('editMessageText', { chat_id: CHANNEL.id, message_id: 1, text: 'Інший' })).resolves.toMatchObject(
      {
        ok: true,
        result: { text: 'Інший' },
      },
    );
    await expect(
      call('editMessageCaption', { chat_id: CHANNEL.id, message_id: 1, caption: 'x' }),
    ).resolves.toMatchObject({
      ok: false,
      error_code: 400,
    });
    await expect(call('editMessageText', { chat_id: CHANNEL.id, message_id: 9, text: 'x' })).resolves.toMatchObject({
      description: 'Bad Request: message to edit not found',
    });
  });

  it('keeps updates until an offset confirms them, for 24 hours at most', async () => {
    server.postAsPerson(CHANNEL.id, 'перший');
    server.postAsPerson(CHANNEL.id, 'другий');
    const ids = async (offset?: number) => {
      const answer = await call('getUpdates', offset === undefined ? {} : { offset });
      return (answer.result as Array<{ update_id: number; channel_post: { text: string } }>).map(
        (update) => update.channel_post.text,
      );
    };
    await expect(ids()).resolves.toEqual(['перший', 'другий']);
    await expect(ids()).resolves.toEqual(['перший', 'другий']);
    const first = (await call('getUpdates')).result as Array<{ update_id: number }>;
    await expect(ids((first[0]?.update_id ?? 0) + 1)).resolves.toEqual(['другий']);
    await expect(ids()).resolves.toEqual(['другий']);
    t += 25 * 3600_000;
    await expect(ids()).resolves.toEqual([]);
    server.setWebhook('https://example.org/hook');
    await expect(call('getUpdates')).resolves.toMatchObject({ ok: false, error_code: 409 });
  });
});
