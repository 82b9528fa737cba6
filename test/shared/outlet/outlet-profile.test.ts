import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import {
  defaultOutletProfile,
  OutletProfileEditSchema,
  OutletProfileSchema,
  outletEdit,
  outletFromSettings,
  SOCIAL_NETWORKS,
} from '../../../shared/outlet/outlet-profile';
import { defaultSettings } from '../../../shared/settings/schema';
import { issueReason } from '../../../shared/validation/issue-reason';

const uk = createTranslator('uk');
const en = createTranslator('en');
const edit = outletEdit(defaultOutletProfile());

function refusal(value: unknown) {
  const parsed = OutletProfileEditSchema.safeParse(value);
  if (parsed.success) throw new Error('expected a refusal');
  const issue = parsed.error.issues[0];
  if (!issue) throw new Error('no issue');
  const reason = issueReason(issue);
  return { path: issue.path.join('.'), uk: uk.message(reason), en: en.message(reason) };
}

describe('the outlet profile', () => {
  it('defaults to a valid profile of this format version, with no logo and no links', () => {
    const profile = defaultOutletProfile();
    expect(OutletProfileSchema.parse(profile)).toEqual(profile);
    expect(profile.schemaVersion).toBe(1);
    expect(profile.logo).toBeNull();
    expect(Object.values(profile.social).every((url) => url === '')).toBe(true);
  });

  it('takes a logo only as a file named by its content beside outlet.json', () => {
    const good = `outlet/logo.${'a'.repeat(64)}.png`;
    expect(OutletProfileEditSchema.safeParse({ ...edit, logo: good }).success).toBe(true);
    for (const logo of [
      '../logo.png',
      '/etc/passwd',
      `outlet/logo.${'a'.repeat(64)}.svg`,
      `articles/x/media/${'a'.repeat(64)}.png`,
      'https://example.ua/logo.png',
      `outlet/../logo.${'a'.repeat(64)}.png`,
    ]) {
      expect(OutletProfileEditSchema.safeParse({ ...edit, logo }).success, logo).toBe(false);
    }
  });

  describe.each(SOCIAL_NETWORKS)('social.%s', (network) => {
    it.each([[''], ['https://t.me/example_news'], ['https://www.youtube.com/@example']])('accepts %j', (url) => {
      expect(OutletProfileEditSchema.safeParse({ ...edit, social: { ...edit.social, [network]: url } }).success).toBe(
        true,
      );
    });

    it.each([['http://t.me/example'], ['javascript:alert(1)'], ['data:text/html,x'], ['t.me/example'], ['не адреса']])(
      'refuses %j with a reason in each UI language',
      (url) => {
        expect(refusal({ ...edit, social: { ...edit.social, [network]: url } })).toEqual({
          path: `social.${network}`,
          uk: 'потрібна повна адреса, що починається з https:// (або порожнє поле)',
          en: 'a full address starting with https:// is needed (or leave the field empty)',
        });
      },
    );
  });

  it('takes the site over http or https only', () => {
    expect(OutletProfileEditSchema.safeParse({ ...edit, siteUrl: 'http://localhost:8080/news' }).success).toBe(true);
    for (const siteUrl of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.ua', 'example.ua'])
      expect(refusal({ ...edit, siteUrl }).path).toBe('siteUrl');
  });

  it('refuses empty or repeated rubrics, a social network it does not know and an unknown field', () => {
    expect(refusal({ ...edit, rubrics: ['Політика', ''] }).path).toBe('rubrics.1');
    expect(refusal({ ...edit, rubrics: ['Політика', 'Світ', 'Політика'] })).toMatchObject({
      path: 'rubrics',
      uk: 'рубрики не повинні повторюватися',
    });
    expect(refusal({ ...edit, social: { ...edit.social, tiktok: 'https://tiktok.com/@x' } }).path).toBe('social');
    expect(refusal({ ...edit, canPublish: true }).path).toBe('');
    expect(refusal({ ...edit, dateStyle: 'iso' }).path).toBe('dateStyle');
    expect(refusal({ ...edit, apostrophe: "'" }).path).toBe('apostrophe');
  });
});

describe('outletFromSettings (the profile a person kept before it lived in the library)', () => {
  it('keeps name, site, rubrics, date style and apostrophe; Telegram and Facebook become social links', () => {
    const legacy = {
      ...defaultSettings('/lib').outlet,
      name: 'Економічна правда',
      siteUrl: 'https://epravda.com.ua',
      telegramUrl: 'https://t.me/epravda',
      facebookUrl: 'http://facebook.com/epravda',
      rubrics: ['Фінанси', ' Енергетика ', 'Фінанси'],
      dateStyle: 'capitalized-dash' as const,
      apostrophe: '\u02BC' as const,
    };
    expect(outletFromSettings(legacy)).toEqual({
      ...defaultOutletProfile(),
      name: 'Економічна правда',
      siteUrl: 'https://epravda.com.ua',
      social: {
        ...defaultOutletProfile().social,
        telegram: 'https://t.me/epravda',
        facebook: 'https://facebook.com/epravda',
      },
      rubrics: ['Фінанси', 'Енергетика'],
      dateStyle: 'capitalized-dash',
      apostrophe: '\u02BC',
    });
  });

  it('leaves out what the profile refuses, keeping the rest', () => {
    const legacy = {
      ...defaultSettings('/lib').outlet,
      name: 'НВ',
      telegramUrl: 'https://t.me/x',
      facebookUrl: 'not a url',
    };
    const profile = outletFromSettings(legacy);
    expect(OutletProfileSchema.parse(profile)).toEqual(profile);
    expect(profile.name).toBe('НВ');
    expect(profile.social.telegram).toBe('https://t.me/x');
    expect(profile.social.facebook).toBe('');
  });
});
