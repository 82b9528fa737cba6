/** UKRAINIAN.md §3: reading time at 200 words a minute, rounded up, at least one minute for any text. */
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
