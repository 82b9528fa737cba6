import { describe, expect, it } from 'vitest';
import { SNIPPET_WORDS, makeSnippet } from '../../../../electron/services/search/snippet';
import type { QueryTerms } from '../../../../electron/services/search/query-terms';

const terms = (exact: string[], prefix: string | null = null): QueryTerms => ({ exact, prefix });
const words = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `слово${from + i}`);

function marked(snippet: { text: string; highlights: Array<[number, number]> }): string[] {
  return snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));
}

describe('makeSnippet', () => {
  it('a short text comes whole, its matching words marked', () => {
    const snippet = makeSnippet('Тарифи зросли, а «тарифна» політика — ні. Тарифів не буде.', terms(['тариф']));
    expect(snippet.text).toBe('Тарифи зросли, а «тарифна» політика — ні. Тарифів не буде.');
    expect(marked(snippet)).toEqual(['Тарифи', 'Тарифів']);
  });

  it('the prefix marks every word it starts', () => {
    const snippet = makeSnippet('Тарифи зросли, а «тарифна» політика — ні.', terms([], 'тариф'));
    expect(marked(snippet)).toEqual(['Тарифи', 'тарифна']);
  });

  it(`${SNIPPET_WORDS} words with 8 before the first match, «…» on the cut sides`, () => {
    const text = [...words(100), 'Тарифи', ...words(100, 100)].join(' ');
    const snippet = makeSnippet(text, terms(['тариф']));
    expect(snippet.text).toBe(`…${[...words(8, 92), 'Тарифи', ...words(21, 100)].join(' ')}…`);
    expect(marked(snippet)).toEqual(['Тарифи']);
  });

  it('near the end of the text the window reaches back to keep its size', () => {
    const text = [...words(100), 'Тарифи', 'кінець.'].join(' ');
    const snippet = makeSnippet(text, terms(['тариф']));
    expect(snippet.text).toBe(`…${[...words(28, 72), 'Тарифи', 'кінець.'].join(' ')}`);
  });

  it('without a match in the text: the opening, nothing marked', () => {
    expect(makeSnippet(words(50).join(' '), terms(['тариф']))).toEqual({
      text: `${words(30).join(' ')}…`,
      highlights: [],
    });
    expect(makeSnippet('', terms(['тариф']))).toEqual({ text: '', highlights: [] });
    expect(makeSnippet(' — … ', terms(['тариф']))).toEqual({ text: '', highlights: [] });
  });

  it('punctuation at the cut stays with its word; ranges still point at the words', () => {
    const text = `${words(20).join(' ')} «Укренерго», за словами речника, підвищила тарифи. ${words(40).join(' ')}`;
    const snippet = makeSnippet(text, terms(['тариф', 'укренерг']));
    expect(snippet.text.startsWith('…слово12 ')).toBe(true);
    expect(marked(snippet)).toEqual(['Укренерго', 'тарифи']);
    for (const [start, end] of snippet.highlights) expect(start).toBeLessThan(end);
  });

  it('offsets are UTF-16 offsets into the snippet text, also after astral characters', () => {
    const snippet = makeSnippet('😀 Тарифи 😀 тарифи', terms(['тариф']));
    expect(marked(snippet)).toEqual(['Тарифи', 'тарифи']);
  });
});
