import { describe, expect, it } from 'vitest';
import {
  authorLoginsText,
  parseAuthorLogins,
  PublishingSettingsSchema,
  targetConfigured,
} from '../../../shared/publishing/publishing-setup';

describe('publishing settings', () => {
  it('reads the author map one «Name = login» a line, and writes it back the same way', () => {
    const text = 'Олена Коваль = olena\n  Петро Шевчук=petro  \nбез логіна =\n= nobody\nпросто рядок';
    const authors = parseAuthorLogins(text);
    expect(authors).toEqual({ 'Олена Коваль': 'olena', 'Петро Шевчук': 'petro' });
    expect(parseAuthorLogins(authorLoginsText(authors))).toEqual(authors);
  });

  it('takes https sites, plain http only on this computer, and channels as Telegram names them', () => {
    const settings = (siteUrl: string, channel: string) =>
      PublishingSettingsSchema.safeParse({
        static: { folder: '' },
        wordpress: { siteUrl, login: 'olena' },
        telegram: { channel },
      }).success;
    expect(settings('https://misto.example', '@misto_news')).toBe(true);
    expect(settings('http://127.0.0.1:8080', '-1001234567890')).toBe(true);
    expect(settings('http://misto.example', '@misto_news')).toBe(false);
    expect(settings('https://misto.example', 'misto_news')).toBe(false);
    expect(settings('https://misto.example', '@ab')).toBe(false);
  });

  it('calls a target ready only with what it needs', () => {
    const parsed = PublishingSettingsSchema.parse({
      static: { folder: '/srv/site' },
      wordpress: { siteUrl: 'https://misto.example', login: '' },
      telegram: { channel: '' },
    });
    expect(parsed.wordpress.authors).toEqual({});
    expect(['static', 'wordpress', 'telegram'].map((kind) => targetConfigured(kind as never, parsed))).toEqual([
      true,
      false,
      false,
    ]);
  });
});
