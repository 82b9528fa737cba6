import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, followHeadline, isSlugOfHeadline, slugify, uniqueSlug } from '../../../shared/share/slug';

describe('slugify (UKRAINIAN.md §1)', () => {
  it.each([
    [
      '«Укренерго» стала п’ятою: НБУ підвищив облікову ставку до 15,5%',
      'ukrenerho-stala-piatoiu-nbu-pidvyshchyv-oblikovu-stavku-do-15-5',
    ],
    ['Їжак, йогурт і Єнакієве', 'yizhak-yohurt-i-yenakiieve'],
    ['Політика', 'polityka'],
    ['Економіка', 'ekonomika'],
    ['Фінанси', 'finansy'],
    ['Енергетика', 'enerhetyka'],
    ['Інтерв’ю', 'interviu'],
  ])('%s → %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('trims separators at both ends and collapses runs of them', () => {
    expect(slugify('  — Київ!!! — ')).toBe('kyiv');
    expect(slugify('Київ — Львів')).toBe('kyiv-lviv');
    expect(slugify('ЗГОРАНИ')).toBe('zghorany');
  });

  it('is empty when there is nothing to spell it with', () => {
    expect(slugify('')).toBe('');
    expect(slugify('«…» — !')).toBe('');
  });

  it('cuts a long slug at a hyphen to at most 80 characters', () => {
    const headline =
      'Верховна Рада ухвалила в першому читанні законопроєкт про державний бюджет України на наступний рік';
    const full =
      'verkhovna-rada-ukhvalyla-v-pershomu-chytanni-zakonoproiekt-pro-derzhavnyi-biudzhet-ukrainy-na-nastupnyi-rik';
    expect(full.length).toBeGreaterThan(SLUG_MAX_LENGTH);
    const slug = slugify(headline);
    expect(slug).toBe('verkhovna-rada-ukhvalyla-v-pershomu-chytanni-zakonoproiekt-pro-derzhavnyi');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(full.startsWith(`${slug}-`)).toBe(true);
  });

  it('keeps exactly 80 characters when the 81st is a hyphen, and hard-cuts one endless word', () => {
    const eighty = 'a'.repeat(79) + 'b';
    expect(slugify(`${eighty} c`)).toBe(eighty);
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(80));
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one from 2', () => {
    expect(uniqueSlug('kyiv', new Set())).toBe('kyiv');
    expect(uniqueSlug('kyiv', new Set(['kyiv']))).toBe('kyiv-2');
    expect(uniqueSlug('kyiv', new Set(['kyiv', 'kyiv-2', 'kyiv-3']))).toBe('kyiv-4');
  });

  it('shortens the base at a hyphen so that the number fits', () => {
    const base = `${'a'.repeat(70)}-${'b'.repeat(9)}`;
    expect(base.length).toBe(SLUG_MAX_LENGTH);
    expect(uniqueSlug(base, new Set([base]))).toBe(`${'a'.repeat(70)}-2`);
  });

  it('leaves an empty slug empty', () => {
    expect(uniqueSlug('', new Set(['']))).toBe('');
  });
});

describe('isSlugOfHeadline', () => {
  it('is the headline’s slug, plain or numbered', () => {
    expect(isSlugOfHeadline('kyiv', 'Київ')).toBe(true);
    expect(isSlugOfHeadline('kyiv-2', 'Київ')).toBe(true);
    expect(isSlugOfHeadline('kyiv-12', 'Київ')).toBe(true);
    expect(isSlugOfHeadline('kyiv-city', 'Київ')).toBe(false);
    expect(isSlugOfHeadline('kyiv-1', 'Київ')).toBe(false);
    expect(isSlugOfHeadline('lviv', 'Київ')).toBe(false);
  });
});

describe('followHeadline', () => {
  const none = new Set<string>();

  it('an empty slug or the old headline’s slug follows the new headline', () => {
    expect(followHeadline({ previousHeadline: '', slug: '', headline: 'Київ', taken: none })).toBe('kyiv');
    expect(followHeadline({ previousHeadline: 'Київ', slug: 'kyiv', headline: 'Київ і Львів', taken: none })).toBe(
      'kyiv-i-lviv',
    );
  });

  it('a numbered slug still follows, and the new one is unique in the library', () => {
    const taken = new Set(['kyiv', 'lviv']);
    expect(followHeadline({ previousHeadline: 'Київ', slug: 'kyiv-2', headline: 'Львів', taken })).toBe('lviv-2');
  });

  it('a slug edited by hand is kept', () => {
    expect(followHeadline({ previousHeadline: 'Київ', slug: 'stolytsia', headline: 'Львів', taken: none })).toBe(
      'stolytsia',
    );
  });
});
