import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../../shared/domain/doc';
import { createTranslator } from '../../../shared/i18n/translate';
import { effectiveShareFields, type ShareSource } from '../../../shared/share/fallbacks';
import { shareWarnings, type ShareCheckInput, type ShareImage } from '../../../shared/share/warnings';

const LINK = 'https://example.ua/news/stavka';
const DESCRIPTION =
  'Національний банк підвищив облікову ставку до 15,5% річних, щоб стримати інфляцію, яка прискорилася вже третій місяць поспіль.';
const GOOD_IMAGE: ShareImage = { width: 1200, height: 630, alt: 'Будівля НБУ в Києві' };

function article(fields: Partial<ShareSource> = {}): ShareSource {
  return {
    headline: 'НБУ підвищив облікову ставку до 15,5%',
    lead: DESCRIPTION,
    body: docFromParagraphs(['Перший абзац.']),
    seo: { title: '', description: '' },
    share: { title: '', description: '' },
    x: { text: '' },
    telegram: { text: '' },
    ...fields,
  };
}

function check(overrides: Partial<ShareCheckInput> & { source?: ShareSource } = {}) {
  const { source = article(), ...rest } = overrides;
  return shareWarnings({
    fields: effectiveShareFields(source, LINK),
    image: GOOD_IMAGE,
    telegramWithPhoto: true,
    slug: 'nbu-stavka',
    publishedSlug: null,
    ...rest,
  });
}

const codes = (overrides: Parameters<typeof check>[0] = {}) => check(overrides).map((w) => w.code);

describe('shareWarnings', () => {
  it('a complete article has none', () => {
    expect(DESCRIPTION.length).toBeGreaterThanOrEqual(120);
    expect(check()).toEqual([]);
  });

  it('a missing image, or one without alt', () => {
    expect(codes({ image: null })).toEqual(['image.missing']);
    expect(codes({ image: { ...GOOD_IMAGE, alt: ' ' } })).toEqual(['image.altMissing']);
  });

  it('an image under 600×315, with its size and the minimum', () => {
    const [warning] = check({ image: { ...GOOD_IMAGE, width: 590, height: 310 } });
    expect(warning).toMatchObject({
      code: 'image.tooSmall',
      field: 'image',
      severity: 'warning',
      message: {
        key: 'share.warning.imageTooSmall',
        params: { width: 590, height: 310, minWidth: 600, minHeight: 315 },
      },
    });
    expect(codes({ image: { ...GOOD_IMAGE, width: 600, height: 315 } })).toEqual([]);
  });

  it('an image not 1.91:1 without a chosen crop', () => {
    expect(codes({ image: { ...GOOD_IMAGE, width: 1200, height: 1200 } })).toEqual(['image.noWideCrop']);
    expect(codes({ image: { ...GOOD_IMAGE, width: 1200, height: 1200, hasWideCrop: true } })).toEqual([]);
    expect(codes({ image: { ...GOOD_IMAGE, width: 1280, height: 640 } })).toEqual([]);
  });

  it('an image file over 8 MB', () => {
    expect(codes({ image: { ...GOOD_IMAGE, bytes: 9 * 1024 * 1024 } })).toEqual(['image.tooHeavy']);
    expect(codes({ image: { ...GOOD_IMAGE, bytes: 8 * 1024 * 1024 } })).toEqual([]);
  });

  it('no headline or no description at all', () => {
    expect(codes({ source: article({ headline: '' }) })).toEqual(['title.missing']);
    expect(codes({ source: article({ lead: '', body: docFromParagraphs([]) }) })).toEqual(['description.missing']);
  });

  it('a description outside 120–156 characters', () => {
    expect(codes({ source: article({ lead: 'Коротко.' }) })).toEqual(['description.tooShort']);
    const long = check({ source: article({ lead: `${DESCRIPTION} ${DESCRIPTION}` }) });
    // The X card falls back to the same lead, and X shows 200 characters.
    expect(long.map((w) => w.code)).toEqual(['description.tooLong', 'xDescription.tooLong']);
    expect(long[0]?.message.params).toMatchObject({ min: 120, max: 156 });
  });

  it('a Google title over 600 px, measured in Arial 20px', () => {
    const headline = 'НБУ підвищив облікову ставку до 15,5%: що це означає для кредитів і депозитів українців';
    const found = check({ source: article({ headline }) });
    expect(found.map((w) => w.code)).toEqual(['seoTitle.tooWide', 'shareTitle.tooLong', 'xTitle.tooLong']);
    expect(found[0]?.message.params?.['limit']).toBe(600);
  });

  it('a share title over 60 characters that fits Google and X', () => {
    const title = 'Ставка 15,5%: кредити подорожчають, депозити стануть вигіднішими';
    expect([...title].length).toBeGreaterThan(60);
    expect(codes({ source: article({ share: { title, description: '' } }) })).toEqual(['shareTitle.tooLong']);
  });

  it('an X description over 200 characters', () => {
    expect(codes({ source: article({ x: { text: 'а'.repeat(201) } }) })).toEqual(['xDescription.tooLong']);
  });

  it('a Telegram caption over 1024 is a warning; a message over 4096 an error', () => {
    const caption = article({ telegram: { text: 'я'.repeat(1025) } });
    expect(codes({ source: caption })).toEqual(['telegram.captionTooLong']);
    expect(codes({ source: caption, telegramWithPhoto: false })).toEqual([]);
    const message = check({ source: article({ telegram: { text: 'я'.repeat(4097) } }), telegramWithPhoto: false });
    expect(message).toMatchObject([{ code: 'telegram.messageTooLong', severity: 'error', field: 'telegramPost' }]);
  });

  it('a slug changed after publishing, with the published one', () => {
    expect(codes({ publishedSlug: 'nbu-stavka' })).toEqual([]);
    const [warning] = check({ publishedSlug: 'nbu-stavka-15', slug: 'nbu-stavka' });
    expect(warning).toMatchObject({
      code: 'slug.changedAfterPublishing',
      message: { params: { published: 'nbu-stavka-15' } },
    });
  });

  it('an image whose size is not known yet is checked for its alt only, until its size is', () => {
    expect(codes({ image: { width: null, height: null, alt: '' } })).toEqual(['image.altMissing']);
    expect(codes({ image: { width: 500, height: 500, alt: '' } })).toEqual([
      'image.altMissing',
      'image.tooSmall',
      'image.noWideCrop',
    ]);
  });

  it('a Telegram post whose markup Telegram refuses is an error, with the first thing it refuses', () => {
    const refused = check({ source: article({ telegram: { text: '<b>Так</b> <script>x</script>' } }) });
    expect(refused).toMatchObject([{ code: 'telegram.markupRefused', severity: 'error', field: 'telegramPost' }]);
    expect(createTranslator('uk').message(refused[0]!.message)).toBe(
      'Telegram не прийме допис: тег <script> він не підтримує (лише b, i, u, s, a, code, pre, blockquote, tg-spoiler).',
    );
    expect(codes({ source: article({ telegram: { text: '<b>Так</b> &lt;script&gt;' } }) })).toEqual([]);
  });

  it('the composed Telegram post is plain text: a «<» in the headline is escaped when sent, not refused', () => {
    expect(codes({ source: article({ headline: 'Ставка < 15%: що далі' }) })).toEqual([]);
  });

  it('a slug another article of the library already has', () => {
    expect(codes({ takenSlugs: new Set(['other']) })).toEqual([]);
    const [warning] = check({ takenSlugs: new Set(['nbu-stavka']) });
    expect(warning).toMatchObject({ code: 'slug.taken', field: 'slug', message: { params: { slug: 'nbu-stavka' } } });
    expect(codes({ slug: '', takenSlugs: new Set(['']) })).toEqual([]);
  });

  it('every warning reads in both languages with its numbers filled in', () => {
    const found = check({
      image: { width: 500, height: 500, alt: '', bytes: 9 * 1024 * 1024 },
      source: article({
        headline: 'Ш'.repeat(80),
        lead: 'Коротко.',
        x: { text: 'а'.repeat(201) },
        telegram: { text: `<i>${'я'.repeat(5000)}` },
      }),
      publishedSlug: 'old',
      takenSlugs: new Set(['nbu-stavka']),
    });
    expect(found.length).toBeGreaterThanOrEqual(13);
    for (const language of ['uk', 'en'] as const) {
      const t = createTranslator(language);
      for (const warning of found) expect(t.message(warning.message), warning.code).not.toMatch(/\{\w+\}/);
    }
    expect(createTranslator('uk').message(found[0]!.message)).toBe(
      'Зображення без опису (alt): додайте, що на ньому, для незрячих читачів.',
    );
  });
});
