import { describe, expect, it } from 'vitest';
import { revealDelta } from '../../../../../renderer/src/editor/features/scroll/reveal-delta';

const AREA = { top: 100, bottom: 700 };

describe('revealDelta', () => {
  it('is 0 for what is already within the area, edges included', () => {
    expect(revealDelta({ top: 300, bottom: 320 }, AREA, 5)).toBe(0);
    expect(revealDelta({ top: 100, bottom: 120 }, AREA, 5)).toBe(0);
    expect(revealDelta({ top: 680, bottom: 700 }, AREA, 5)).toBe(0);
  });

  it('scrolls up (negative) so that a caret above the area, or under what covers its top, shows below it', () => {
    expect(revealDelta({ top: 60, bottom: 80 }, AREA, 5)).toBe(-45);
    expect(revealDelta({ top: -2000, bottom: -1980 }, AREA, 5)).toBe(-2105);
  });

  it('scrolls down so that a caret below the area shows at its bottom', () => {
    expect(revealDelta({ top: 700, bottom: 720 }, AREA, 5)).toBe(25);
    expect(revealDelta({ top: 1500, bottom: 1520 }, AREA, 5)).toBe(825);
  });

  it('shows something taller than the area from its top', () => {
    expect(revealDelta({ top: 400, bottom: 1400 }, AREA, 5)).toBe(295);
  });
});
