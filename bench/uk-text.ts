import { createRandom, pick, randomInt, type Random } from './random';
import {
  ACTION_STEMS,
  ADVERBIALS,
  CONNECTIVES,
  DATA_SOURCES,
  OBJECTS,
  REMARKS,
  REPORT_STEMS,
  SHORT_SENTENCES,
  SOURCES,
  SUBJECTS,
  pastTense,
  type Agreement,
} from './uk-words';

/**
 * Deterministic Ukrainian news-like text. A "word" is a whitespace-separated token, punctuation
 * attached (`громади,`), so `generateParagraphs(n, seed)` has exactly n words; the app's counter
 * (Intl.Segmenter, hyphen and apostrophe joins) agrees, as the unit test checks.
 */

export const PARAGRAPH_MIN_WORDS = 60;
export const PARAGRAPH_MAX_WORDS = 120;

const AGREEMENTS = Object.keys(SUBJECTS) as Agreement[];

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Paragraphs of 60–120 words (fewer only when the whole text is shorter) totalling exactly `words`. */
export function generateParagraphs(words: number, seed: number): string[] {
  if (!Number.isInteger(words) || words < 0) throw new Error(`word count must be a whole number, got ${words}`);
  const random = createRandom(seed);
  const paragraphs: string[] = [];
  let remaining = words;
  while (remaining > 0) {
    let size = randomInt(random, PARAGRAPH_MIN_WORDS, PARAGRAPH_MAX_WORDS);
    if (remaining <= PARAGRAPH_MAX_WORDS) size = remaining;
    else if (remaining - size < PARAGRAPH_MIN_WORDS) size = remaining - PARAGRAPH_MIN_WORDS;
    paragraphs.push(paragraph(random, size));
    remaining -= size;
  }
  return paragraphs;
}

/** A headline: one short clause, capitalised, no final full stop. */
export function generateHeadline(seed: number): string {
  const random = createRandom(seed);
  const agreement = pick(random, AGREEMENTS);
  const words = [
    ...split(pick(random, SUBJECTS[agreement])),
    pastTense(pick(random, ACTION_STEMS), agreement),
    ...split(pick(random, OBJECTS)),
  ];
  return capitalize(words).join(' ');
}

const FIT_ATTEMPTS = 12;

function paragraph(random: Random, size: number): string {
  const words: string[] = [];
  while (words.length < size) words.push(...sentenceWithin(random, size - words.length));
  return words.join(' ');
}

/** A sentence of at most `room` words: a generated one if one fits, else a stock short one. */
function sentenceWithin(random: Random, room: number): string[] {
  for (let attempt = 0; attempt < FIT_ATTEMPTS; attempt += 1) {
    const sentence = capitalize(sentenceWords(random));
    if (sentence.length <= room) return sentence;
  }
  const short = SHORT_SENTENCES[room];
  if (short) return split(pick(random, short));
  return truncate(capitalize(sentenceWords(random)), room);
}

/** One sentence as words with punctuation attached, ending in a full stop. */
function sentenceWords(random: Random): string[] {
  const kind = randomInt(random, 0, 7);
  const clause = (): string[] => {
    const agreement = pick(random, AGREEMENTS);
    return [
      ...split(pick(random, SUBJECTS[agreement])),
      pastTense(pick(random, ACTION_STEMS), agreement),
      ...split(pick(random, OBJECTS)),
    ];
  };
  const adverbial = () => split(pick(random, ADVERBIALS));
  let words: string[];
  switch (kind) {
    case 0:
      words = [...clause(), ...adverbial()];
      break;
    case 1:
      words = [...adverbial(), ...clause()];
      break;
    case 2:
      words = ['за', 'словами', ...withComma(split(pick(random, SOURCES))), ...clause(), ...adverbial()];
      break;
    case 3:
      words = ['за', 'даними', ...withComma(split(pick(random, DATA_SOURCES))), ...clause()];
      break;
    case 4:
      words = [...split(pick(random, CONNECTIVES)), ...clause(), ...adverbial()];
      break;
    case 5: {
      const agreement = pick(random, AGREEMENTS);
      const subject = split(pick(random, SUBJECTS[agreement]));
      const verb = pastTense(pick(random, REPORT_STEMS), agreement);
      words = [...subject, `${verb},`, 'що', ...split(pick(random, REMARKS)), ...adverbial()];
      break;
    }
    case 6: {
      const agreement = pick(random, AGREEMENTS);
      const subject = split(pick(random, SUBJECTS[agreement]));
      const verb = pastTense(pick(random, REPORT_STEMS), agreement);
      const quote = capitalize(split(pick(random, REMARKS)));
      quote[0] = `«${quote[0]}`;
      quote[quote.length - 1] = `${quote[quote.length - 1]}»`;
      words = [...subject, `${verb}:`, ...quote];
      break;
    }
    default:
      words = [...withComma(clause()), 'а', ...clause()];
  }
  words[words.length - 1] = `${words[words.length - 1]}.`;
  return words;
}

/** The first `size` words of a sentence, closed with a full stop and without an unbalanced quote. */
function truncate(sentence: readonly string[], size: number): string[] {
  const words = sentence.slice(0, size).map((word) => word.replace(/[«»]/g, ''));
  words[words.length - 1] = `${(words[words.length - 1] ?? '').replace(/[,.:;]+$/, '')}.`;
  return words;
}

function split(phrase: string): string[] {
  return phrase.split(' ');
}

function withComma(words: string[]): string[] {
  const copy = [...words];
  copy[copy.length - 1] = `${copy[copy.length - 1]},`;
  return copy;
}

function capitalize(words: string[]): string[] {
  const [first, ...rest] = words;
  if (first === undefined) return [];
  const index = first.search(/\p{L}/u);
  if (index < 0) return [...words];
  return [first.slice(0, index) + first.charAt(index).toUpperCase() + first.slice(index + 1), ...rest];
}
