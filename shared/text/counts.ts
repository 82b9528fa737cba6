/**
 * Counters for the status bar. Words come from Intl.Segmenter (Ukrainian rules), with hyphenated
 * words (`південно-східний`) and apostrophes inside words (`п’ять`) kept as one word, and digit
 * groups (`1 500 000`) counted once. `знаків з пробілами` is the plain text's length, NBSP a space.
 */
export interface TextCounts {
  words: number;
  characters: number;
}

const segmenter = new Intl.Segmenter('uk', { granularity: 'word' });
const JOINERS = new Set(['-', '\u2011', '\u2019', '\u02BC', "'"]);
const DIGIT_GROUP_SPACE = new Set([' ', '\u00A0', '\u202F']);

export function countText(text: string): TextCounts {
  let words = 0;
  let previousWasWord = false;
  let joinPending = false;
  let previousDigits = false;
  let groupSpacePending = false;
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) {
      const digits = /^\d+$/.test(segment.segment);
      // `1 234 567,891`: the segmenter keeps a decimal part with its group.
      const digitGroup = /^\d{3}([.,]\d+)?$/.test(segment.segment);
      const continues = (previousWasWord && joinPending) || (previousDigits && groupSpacePending && digitGroup);
      if (!continues) words += 1;
      previousWasWord = true;
      previousDigits = digits;
      joinPending = false;
      groupSpacePending = false;
    } else {
      const isJoiner: boolean = previousWasWord && !joinPending && JOINERS.has(segment.segment);
      const isGroupSpace: boolean = previousDigits && !groupSpacePending && DIGIT_GROUP_SPACE.has(segment.segment);
      joinPending = isJoiner;
      groupSpacePending = isGroupSpace;
      if (!isJoiner) previousWasWord = false;
      if (!isGroupSpace) previousDigits = false;
    }
  }
  return { words, characters: [...text].length };
}
