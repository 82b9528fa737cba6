import { describe, expect, it } from 'vitest';
import { overflowing } from '../../../../../renderer/src/editor/features/toolbar/fit-count';

describe('overflowing', () => {
  const widths = [30, 30, 30, 30];
  const lastFirst = [3, 2, 1, 0];

  it('keeps every item when all fit, with no room kept for «Більше»', () => {
    expect(overflowing(widths, 120, 50, lastFirst)).toEqual(new Set());
  });

  it('sends items away in the given order until the rest and «Більше» fit', () => {
    expect(overflowing(widths, 119, 50, lastFirst)).toEqual(new Set([3, 2]));
    expect(overflowing(widths, 119, 50, [0, 3, 1, 2])).toEqual(new Set([0, 3]));
    expect(overflowing(widths, 100, 50, lastFirst)).toEqual(new Set([3, 2, 1]));
  });

  it('sends all away when even one item and «Більше» do not fit', () => {
    expect(overflowing(widths, 40, 50, lastFirst)).toEqual(new Set([3, 2, 1, 0]));
  });
});
