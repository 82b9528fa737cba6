import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  defaultSettings,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
} from '../../../shared/settings/schema';
import { createTranslator } from '../../../shared/i18n/translate';
import { issueReason } from '../../../shared/validation/issue-reason';
import type { z } from '../../../shared/validation/zod';

/** The first issue's reason as the Ukrainian and the English UI word it. */
function worded(issue: z.core.$ZodIssue | undefined): { uk: string; en: string } {
  if (!issue) throw new Error('no issue');
  const reason = issueReason(issue);
  return { uk: createTranslator('uk').message(reason), en: createTranslator('en').message(reason) };
}

const LIB = '/home/olena/Documents/Шпальта';

describe('defaultSettings', () => {
  it('is valid and keeps the library path', () => {
    const settings = defaultSettings(LIB);
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
    expect(settings.libraryPath).toBe(LIB);
    expect(settings.user.role).toBe('journalist');
    expect(settings.uiLanguage).toBe('uk');
    expect(settings.outlet.apostrophe).toBe('\u2019');
  });

  it('is a fresh object every time', () => {
    const a = defaultSettings(LIB);
    a.outlet.rubrics.push('Спорт');
    expect(defaultSettings(LIB).outlet.rubrics).not.toContain('Спорт');
  });

  it('an empty library path is not valid', () => {
    expect(SettingsSchema.safeParse(defaultSettings('')).success).toBe(false);
  });
});

describe('applySettingsPatch', () => {
  const base: Settings = defaultSettings(LIB);

  it('merges the user profile field by field; the outlet profile is no longer the settings’ to change', () => {
    const next = applySettingsPatch(base, { user: { name: 'Олена Коваль' } });
    expect(next.user).toEqual({ name: 'Олена Коваль', role: 'journalist' });
    expect(next.outlet).toEqual(base.outlet);
    expect(SettingsPatchSchema.safeParse({ outlet: { siteUrl: 'https://example.ua' } }).success).toBe(false);
    expect(next.libraryPath).toBe(LIB);
    expect(next.uiLanguage).toBe('uk');
  });

  it('replaces top-level fields and leaves the input untouched', () => {
    const snapshot = structuredClone(base);
    const next = applySettingsPatch(base, { libraryPath: '/srv/lib', uiLanguage: 'en', user: { role: 'editor' } });
    expect(next.libraryPath).toBe('/srv/lib');
    expect(next.uiLanguage).toBe('en');
    expect(next.user).toEqual({ name: '', role: 'editor' });
    expect(base).toEqual(snapshot);
  });

  it('remembers that the first-run welcome was answered; a file from before it reads as not answered', () => {
    expect(base.welcomed).toBe(false);
    expect(applySettingsPatch(base, { welcomed: true }).welcomed).toBe(true);
    const { welcomed: _, ...older } = base;
    expect(SettingsSchema.parse(older).welcomed).toBe(false);
    expect(SettingsPatchSchema.safeParse({ welcomed: 'yes' }).success).toBe(false);
  });

  it('an empty patch changes nothing', () => {
    expect(applySettingsPatch(base, {})).toEqual(base);
  });
});

describe('SettingsPatchSchema', () => {
  it('accepts partial nested updates', () => {
    expect(SettingsPatchSchema.safeParse({}).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ user: { role: 'editor' } }).success).toBe(true);
  });

  it('rejects unknown top-level keys', () => {
    const result = SettingsPatchSchema.safeParse({ isAdmin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('never lets unknown nested keys through', () => {
    const result = SettingsPatchSchema.safeParse({ user: { name: 'x', canPublish: true } });
    expect(result.success ? result.data.user : {}).not.toHaveProperty('canPublish');
  });

  it('rejects a role that does not exist', () => {
    const result = SettingsPatchSchema.safeParse({ user: { role: 'admin' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['user', 'role']);
  });

  it('rejects bad languages, any outlet field (the library keeps the profile) and an empty library path', () => {
    for (const patch of [{ uiLanguage: 'ru' }, { outlet: { dateStyle: 'capitalized-dash' } }, { libraryPath: '' }]) {
      expect(SettingsPatchSchema.safeParse(patch).success, JSON.stringify(patch)).toBe(false);
    }
  });
});

describe('spelling (the personal dictionary)', () => {
  it('is empty by default, and a settings file from before spellcheck reads as an empty dictionary', () => {
    expect(defaultSettings(LIB).spelling).toEqual({ personalWords: [] });
    const { spelling: _spelling, ...older } = defaultSettings(LIB);
    const parsed = SettingsSchema.safeParse(older);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.spelling).toEqual({ personalWords: [] });
  });

  it('is replaced by a patch and kept by patches that do not name it', () => {
    const base = applySettingsPatch(defaultSettings(LIB), { spelling: { personalWords: ['Укренерго', 'дрон'] } });
    expect(base.spelling.personalWords).toEqual(['Укренерго', 'дрон']);
    expect(applySettingsPatch(base, { uiLanguage: 'en' }).spelling.personalWords).toEqual(['Укренерго', 'дрон']);
    expect(applySettingsPatch(base, { spelling: {} }).spelling.personalWords).toEqual(['Укренерго', 'дрон']);
    expect(applySettingsPatch(base, { spelling: { personalWords: [] } }).spelling.personalWords).toEqual([]);
  });

  it('holds single words only, of sensible length and number, with reasons in each UI language', () => {
    for (const personalWords of [
      [''],
      ['два слова'],
      ['я'.repeat(65)],
      Array.from({ length: 5001 }, (_, i) => `слово${i}`),
    ]) {
      const result = SettingsPatchSchema.safeParse({ spelling: { personalWords } });
      expect(result.success, personalWords[0]).toBe(false);
      expect(result.error?.issues[0]?.path.slice(0, 2)).toEqual(['spelling', 'personalWords']);
      const { uk, en } = worded(result.error?.issues[0]);
      expect(uk).toMatch(/[а-яіїєґ]/i);
      expect(en).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(SettingsPatchSchema.safeParse({ spelling: { personalWords: ['п’ять', 'Шпальта'] } }).success).toBe(true);
  });

  it('keeps a word with the dictionary word it declines like, beside plain words from before', () => {
    const personalWords = ['Укренерго', { word: 'Виткофф', model: 'Лакофф' }];
    const parsed = SettingsPatchSchema.safeParse({ spelling: { personalWords } });
    expect(parsed.data?.spelling?.personalWords).toEqual(personalWords);
    for (const bad of [
      { word: 'Виткофф' },
      { word: 'Виткофф', model: 'два слова' },
      { word: '', model: 'Лакофф' },
      { word: 'Виткофф', model: 'Лакофф', flags: '1:' },
    ]) {
      expect(SettingsPatchSchema.safeParse({ spelling: { personalWords: [bad] } }).success, JSON.stringify(bad)).toBe(
        false,
      );
    }
  });

  it('never lets unknown keys through', () => {
    const result = SettingsPatchSchema.safeParse({ spelling: { personalWords: [], autoFix: true } });
    expect(result.success ? result.data.spelling : {}).not.toHaveProperty('autoFix');
  });
});

describe('media (originals of reduced photos)', () => {
  it('keeps no originals by default, and a settings file from before reads so', () => {
    expect(defaultSettings(LIB).media).toEqual({ keepOriginals: false });
    const { media: _media, ...older } = defaultSettings(LIB);
    const parsed = SettingsSchema.safeParse(older);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.media).toEqual({ keepOriginals: false });
  });

  it('is changed by a patch that names it and kept by those that do not', () => {
    const on = applySettingsPatch(defaultSettings(LIB), { media: { keepOriginals: true } });
    expect(on.media.keepOriginals).toBe(true);
    expect(applySettingsPatch(on, { uiLanguage: 'en' }).media.keepOriginals).toBe(true);
    expect(applySettingsPatch(on, { media: {} }).media.keepOriginals).toBe(true);
    expect(applySettingsPatch(on, { media: { keepOriginals: false } }).media.keepOriginals).toBe(false);
  });

  it('takes a yes or a no only', () => {
    for (const keepOriginals of ['true', 1, null]) {
      expect(SettingsPatchSchema.safeParse({ media: { keepOriginals } }).success, String(keepOriginals)).toBe(false);
    }
  });
});

describe('updates (the desktop app from the release feed)', () => {
  it('are on by default, and a settings file from before reads so', () => {
    expect(defaultSettings(LIB).updates).toEqual({ enabled: true });
    const { updates: _updates, ...older } = defaultSettings(LIB);
    const parsed = SettingsSchema.safeParse(older);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.updates).toEqual({ enabled: true });
  });

  it('are changed by a patch that names them and kept by those that do not', () => {
    const off = applySettingsPatch(defaultSettings(LIB), { updates: { enabled: false } });
    expect(off.updates.enabled).toBe(false);
    expect(applySettingsPatch(off, { uiLanguage: 'en' }).updates.enabled).toBe(false);
    expect(applySettingsPatch(off, { updates: {} }).updates.enabled).toBe(false);
    expect(applySettingsPatch(off, { updates: { enabled: true } }).updates.enabled).toBe(true);
  });

  it('take a yes or a no only, and nothing else under them', () => {
    for (const enabled of ['false', 0, null]) {
      expect(SettingsPatchSchema.safeParse({ updates: { enabled } }).success, String(enabled)).toBe(false);
    }
    const parsed = SettingsPatchSchema.safeParse({ updates: { enabled: true, feed: 'https://evil.example' } });
    expect(parsed.data?.updates).toEqual({ enabled: true });
  });
});
