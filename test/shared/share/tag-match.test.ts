import { describe, expect, it } from 'vitest';
import { cleanTag, countTags, matchTag, suggestTags, tagKey, type TagCount } from '../../../shared/share/tag-match';

const library: TagCount[] = [
  { tag: 'Київ', count: 12 },
  { tag: 'київ', count: 2 },
  { tag: 'Інтерв’ю', count: 5 },
  { tag: 'Ґорґани', count: 3 },
  { tag: 'російсько-українська війна', count: 40 },
  { tag: 'Кийлер', count: 1 },
  { tag: 'Київстар', count: 7 },
  { tag: 'економіка', count: 20 },
];

describe('cleanTag and tagKey', () => {
  it('drop surrounding spaces and #, collapse inner spaces', () => {
    expect(cleanTag('  #Київ  ')).toBe('Київ');
    expect(cleanTag('## Біла   Церква')).toBe('Біла Церква');
  });

  it('fold case, the three apostrophes and ґ/г into one key', () => {
    expect(tagKey("інтерв'ю")).toBe(tagKey('Інтерв’ю'));
    expect(tagKey('ІНТЕРВʼЮ')).toBe(tagKey('Інтерв’ю'));
    expect(tagKey('Горгани')).toBe(tagKey('Ґорґани'));
    expect(tagKey('Київ')).not.toBe(tagKey('Київстар'));
  });
});

describe('countTags', () => {
  it('counts each tag once per article, as written, ignoring blanks', () => {
    const counts = countTags([['Київ', ' Київ', 'економіка'], ['Київ'], ['', '#економіка'], []]);
    expect(counts).toEqual(
      expect.arrayContaining([
        { tag: 'Київ', count: 2 },
        { tag: 'економіка', count: 2 },
      ]),
    );
    expect(counts).toHaveLength(2);
  });
});

describe('matchTag', () => {
  it('finds the same tag typed with # and spaces', () => {
    expect(matchTag(' #Київ ', library)).toEqual({ kind: 'exact', tag: { tag: 'Київ', count: 12 } });
  });

  it('offers the most used variant for another case', () => {
    expect(matchTag('КИЇВ', library)).toEqual({ kind: 'variant', tag: { tag: 'Київ', count: 12 } });
  });

  it('offers the existing tag for another apostrophe or a ґ/г slip', () => {
    expect(matchTag("інтерв'ю", library)).toEqual({ kind: 'variant', tag: { tag: 'Інтерв’ю', count: 5 } });
    expect(matchTag('Горгани', library)).toEqual({ kind: 'variant', tag: { tag: 'Ґорґани', count: 3 } });
  });

  it('a tag the library does not have is new; an empty one is never matched', () => {
    expect(matchTag('Одеса', library)).toEqual({ kind: 'new' });
    expect(matchTag('  # ', library)).toEqual({ kind: 'new' });
  });
});

describe('suggestTags', () => {
  const names = (tags: TagCount[]) => tags.map((t) => t.tag);

  it('offers tags beginning with the text, most used first, one spelling per tag', () => {
    expect(names(suggestTags('ки', library))).toEqual(['Київ', 'Київстар', 'Кийлер']);
  });

  it('after them, tags with a later word beginning with the text', () => {
    expect(names(suggestTags('укр', library))).toEqual(['російсько-українська війна']);
    expect(names(suggestTags('ві', library))).toEqual(['російсько-українська війна']);
  });

  it('matches variants and a leading #', () => {
    expect(names(suggestTags('#ГОРҐ', library))).toEqual(['Ґорґани']);
  });

  it('leaves out the article’s tags and keeps to the limit', () => {
    expect(names(suggestTags('ки', library, { chosen: ['київ'] }))).toEqual(['Київстар', 'Кийлер']);
    expect(names(suggestTags('', library, { limit: 2 }))).toEqual(['російсько-українська війна', 'економіка']);
  });
});
