import { describe, expect, it } from 'vitest';
import {
  ftsQuery,
  parseQueryText,
  wordMatcher,
  type QueryTerms,
} from '../../../../electron/services/search/query-terms';

describe('parseQueryText', () => {
  it('stems every word; the last one is a prefix while it is being typed', () => {
    expect(parseQueryText('Гарантії безп')).toEqual({ exact: ['гарант'], prefix: 'безп' });
    expect(parseQueryText('гарантії безпеки ')).toEqual({ exact: ['гарант', 'безпек'], prefix: null });
    expect(parseQueryText('безпеки.')).toEqual({ exact: ['безпек'], prefix: null });
    expect(parseQueryText("п'")).toBeNull();
    expect(parseQueryText("п'я")).toEqual({ exact: [], prefix: 'пя' });
  });

  it('hyphenated words give a term per part; repeated terms are asked for once', () => {
    expect(parseQueryText('південно-східний ')).toEqual({ exact: ['півдн', 'східн'], prefix: null });
    expect(parseQueryText('безпека безпеки безпеку ')).toEqual({ exact: ['безпек'], prefix: null });
  });

  it('nothing to search: empty, blanks, punctuation, a lone letter being typed', () => {
    for (const text of [undefined, '', '   ', '"*:()', '-', 'б', 'безпека б']) {
      const parsed = parseQueryText(text);
      if (text === 'безпека б') expect(parsed).toEqual({ exact: ['безпек'], prefix: null });
      else expect(parsed, String(text)).toBeNull();
    }
  });
});

describe('ftsQuery', () => {
  it('quotes every term and marks the prefix', () => {
    expect(ftsQuery({ exact: ['гарант', 'безпек'], prefix: 'пер' }).match).toBe('"гарант" "безпек" "пер"*');
    expect(ftsQuery({ exact: ['and', 'near'], prefix: null }).match).toBe('"and" "near"');
    expect(ftsQuery({ exact: ['a"b'], prefix: null }).match).toBe('"a""b"');
  });

  it('ranks unless all there is to go on is the first letters of one word', () => {
    expect(ftsQuery({ exact: [], prefix: 'пр' }).ranked).toBe(false);
    expect(ftsQuery({ exact: [], prefix: 'ген' }).ranked).toBe(false);
    expect(ftsQuery({ exact: [], prefix: 'безп' }).ranked).toBe(true);
    expect(ftsQuery({ exact: ['міністр'], prefix: 'пр' }).ranked).toBe(true);
  });
});

describe('wordMatcher', () => {
  const matches = (terms: QueryTerms, word: string) => wordMatcher(terms)(word, 0, word.length, word.includes('-'));

  it('matches words whose stem is asked for, or starts with the prefix', () => {
    const terms: QueryTerms = { exact: ['безпек'], prefix: 'перег' };
    expect(matches(terms, 'Безпеки')).toBe(true);
    expect(matches(terms, 'безпечний')).toBe(false);
    expect(matches(terms, 'Переговорах')).toBe(true);
    expect(matches(terms, 'перемога')).toBe(false);
  });

  it('finds a term in the second part of a hyphenated word and after the superlative prefix', () => {
    expect(matches({ exact: ['східн'], prefix: null }, 'південно-східних')).toBe(true);
    expect(matches({ exact: ['нов'], prefix: null }, 'найновіший')).toBe(true);
  });

  it('reads the word from the text at the given bounds', () => {
    const text = 'Гарантії безпеки.';
    expect(wordMatcher({ exact: ['безпек'], prefix: null })(text, 9, 16, false)).toBe(true);
    expect(wordMatcher({ exact: ['безпек'], prefix: null })(text, 0, 8, false)).toBe(false);
  });
});
