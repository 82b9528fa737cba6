import { describe, expect, it } from 'vitest';
import { countText } from '../../shared/text/counts';
import { typeableText } from '../../bench/keyboard';
import { createRandom } from '../../bench/random';
import {
  countWords,
  generateHeadline,
  generateParagraphs,
  PARAGRAPH_MAX_WORDS,
  PARAGRAPH_MIN_WORDS,
} from '../../bench/uk-text';

describe('Ukrainian text generator', () => {
  it.each([0, 1, 2, 3, 7, 59, 60, 121, 179, 1_000, 10_000, 50_000])('produces exactly %i words', (words) => {
    const paragraphs = generateParagraphs(words, 11);
    expect(paragraphs.map(countWords).reduce((a, b) => a + b, 0)).toBe(words);
    // The app's own counter (Intl.Segmenter, hyphen and apostrophe joins) agrees. Paragraph by
    // paragraph: Node 20's Intl.Segmenter iterates long strings in quadratic time.
    expect(paragraphs.map((paragraph) => countText(paragraph).words).reduce((a, b) => a + b, 0)).toBe(words);
  });

  it('keeps paragraphs between 60 and 120 words', () => {
    const sizes = generateParagraphs(10_000, 5).map(countWords);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(PARAGRAPH_MIN_WORDS);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PARAGRAPH_MAX_WORDS);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateParagraphs(2_000, 42)).toEqual(generateParagraphs(2_000, 42));
    expect(generateParagraphs(2_000, 42)).not.toEqual(generateParagraphs(2_000, 43));
    expect(generateHeadline(3)).toBe(generateHeadline(3));
  });

  it('writes Ukrainian sentences: capitalised, closed with a full stop, from a few hundred words', () => {
    const paragraphs = generateParagraphs(5_000, 9);
    for (const paragraph of paragraphs) {
      expect(paragraph).toMatch(/^[А-ЯІЇЄҐ«]/u);
      expect(paragraph).toMatch(/[.»]$/u);
      expect(paragraph).not.toMatch(/[A-Za-z]/);
    }
    const vocabulary = new Set(
      paragraphs
        .join(' ')
        .toLowerCase()
        .match(/[\p{L}’-]+/gu),
    );
    expect(vocabulary.size).toBeGreaterThan(250);
  });

  it('rejects a negative or fractional word count', () => {
    expect(() => generateParagraphs(-1, 1)).toThrow();
    expect(() => generateParagraphs(1.5, 1)).toThrow();
  });
});

describe('seeded random and typeable text', () => {
  it('repeats its sequence for a seed', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    for (const value of first) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of first) expect(value).toBeLessThan(1);
  });

  it('keeps only keys on the Ukrainian layout: lower-case letters and single spaces', () => {
    expect(typeableText('Прем’єр-міністр заявив: «Ґанок — 15 м».')).toBe('премєрміністр заявив ґанок м');
  });
});
