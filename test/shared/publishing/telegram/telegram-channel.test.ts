import { describe, expect, it } from 'vitest';
import {
  isTelegramChannel,
  parseTelegramChannel,
  telegramPostUrl,
} from '../../../../shared/publishing/telegram/telegram-channel';

describe('parseTelegramChannel', () => {
  it('takes @name and -100… ids', () => {
    expect(parseTelegramChannel(' @Shpalta_news ')).toEqual({
      kind: 'username',
      chatId: '@Shpalta_news',
      username: 'Shpalta_news',
    });
    expect(parseTelegramChannel('-1001234567890')).toEqual({
      kind: 'id',
      chatId: '-1001234567890',
      id: -1001234567890,
    });
  });

  it('refuses what Telegram would not know as a channel', () => {
    for (const written of [
      '',
      'shpalta',
      '@abc',
      '@1news',
      '@шпальта',
      '12345',
      '-12345',
      'https://t.me/shpalta',
      '@a_b_c_d/1',
    ]) {
      expect(parseTelegramChannel(written), written).toBeNull();
    }
  });
});

describe('isTelegramChannel', () => {
  it('matches a chat by username (any case) or by id', () => {
    const byName = parseTelegramChannel('@shpalta_news');
    const byId = parseTelegramChannel('-1001234567890');
    if (!byName || !byId) throw new Error('parse');
    expect(isTelegramChannel({ id: -1001, username: 'Shpalta_News' }, byName)).toBe(true);
    expect(isTelegramChannel({ id: -1001, username: 'other' }, byName)).toBe(false);
    expect(isTelegramChannel({ id: -1001234567890 }, byId)).toBe(true);
    expect(isTelegramChannel({ id: -1001234567891 }, byId)).toBe(false);
  });
});

describe('telegramPostUrl', () => {
  it('links a public post by name and a private one by the channel’s own number', () => {
    expect(telegramPostUrl({ id: -1001234567890, username: 'shpalta_news' }, 42)).toBe('https://t.me/shpalta_news/42');
    expect(telegramPostUrl({ id: -1001234567890 }, 42)).toBe('https://t.me/c/1234567890/42');
  });
});
