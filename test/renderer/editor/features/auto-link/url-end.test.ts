import { describe, expect, it } from 'vitest';
import { urlEnd } from '../../../../../renderer/src/editor/features/auto-link/url-end';

/** The address found at the start of `text`. */
const urlAtStart = (text: string) => text.slice(0, urlEnd(text, 0));

describe('where a URL in running text ends', () => {
  it.each([
    ['https://example.com/p/42">https://example.com/p/42</a>', 'https://example.com/p/42'],
    ['https://example.com/p/42</a>', 'https://example.com/p/42'],
    ['https://example.com/p/42>', 'https://example.com/p/42'],
    ['https://example.com/a`b', 'https://example.com/a'],
    ['https://example.com/a\u00a0b', 'https://example.com/a'],
  ])('stops at a character no URL holds: %s', (text, url) => {
    expect(urlAtStart(text)).toBe(url);
  });

  it.each([
    ['https://example.com.', 'https://example.com'],
    ['https://example.com/a,', 'https://example.com/a'],
    ['https://example.com/a?!', 'https://example.com/a'],
    ['https://example.com/a…', 'https://example.com/a'],
    ['https://example.com/a;', 'https://example.com/a'],
    ['https://example.com/a:', 'https://example.com/a'],
    ['https://example.com/a».', 'https://example.com/a'],
    ['https://example.com/a”.', 'https://example.com/a'],
    ['https://example.com/a’', 'https://example.com/a'],
    ["https://example.com/a'", 'https://example.com/a'],
  ])('gives back the punctuation of the sentence: %s', (text, url) => {
    expect(urlAtStart(text)).toBe(url);
  });

  it.each([
    ['https://uk.wikipedia.org/wiki/Київ_(значення))', 'https://uk.wikipedia.org/wiki/Київ_(значення)'],
    ['https://uk.wikipedia.org/wiki/Київ_(значення)', 'https://uk.wikipedia.org/wiki/Київ_(значення)'],
    ['https://example.com/a)', 'https://example.com/a'],
    ['https://example.com/a].', 'https://example.com/a'],
    ['https://example.com/[a]', 'https://example.com/[a]'],
    ['https://example.com/{a}}', 'https://example.com/{a}'],
  ])('keeps a closing bracket only when the URL opened it: %s', (text, url) => {
    expect(urlAtStart(text)).toBe(url);
  });

  it('keeps punctuation inside the URL', () => {
    expect(urlAtStart('https://example.com/a.b?c=1,2&d=e!f ')).toBe('https://example.com/a.b?c=1,2&d=e!f');
  });
});
