import { describe, expect, it } from 'vitest';
import { fitCount } from '../../../../../renderer/src/editor/features/toolbar/fit-count';

describe('fitCount', () => {
  const rights = [30, 60, 90, 120];

  it('shows every item when the last fits, with no room kept for «Більше»', () => {
    expect(fitCount(rights, 120, 50)).toBe(4);
  });

  it('keeps room for «Більше» once one item does not fit', () => {
    expect(fitCount(rights, 119, 50)).toBe(2);
    expect(fitCount(rights, 100, 50)).toBe(1);
  });

  it('shows none when even the first and «Більше» do not fit', () => {
    expect(fitCount(rights, 40, 50)).toBe(0);
  });
});
