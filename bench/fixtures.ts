import { docFromParagraphs, type Doc } from '../shared/domain/doc';
import { generateParagraphs } from './uk-text';

/** The articles every bench library holds, by size. Seeds fix their text across runs and machines. */
export const FIXTURE_SIZES = [1_000, 5_000, 10_000, 50_000] as const;
export type FixtureSize = (typeof FIXTURE_SIZES)[number];

export interface Fixture {
  id: string;
  words: FixtureSize;
  headline: string;
  paragraphs: string[];
  doc: Doc;
}

const cache = new Map<FixtureSize, Fixture>();

export function fixture(words: FixtureSize): Fixture {
  let found = cache.get(words);
  if (!found) {
    const paragraphs = generateParagraphs(words, words);
    found = {
      id: `bench-${words / 1000}k`,
      words,
      headline: `Тест швидкодії — ${words} слів`,
      paragraphs,
      doc: docFromParagraphs(paragraphs),
    };
    cache.set(words, found);
  }
  return found;
}
