import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../shared/text/reading-time';

describe('readingMinutes', () => {
  it.each([
    [0, 0],
    [1, 1],
    [150, 1],
    [200, 1],
    [201, 2],
    [900, 5],
    [50_000, 250],
  ])('%i words → %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
