import { Mapping, StepMap } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import {
  changedRanges,
  mapRanges,
  mergeRanges,
  subtractRange,
} from '../../../../../renderer/src/editor/features/spellcheck/dirty-ranges';

/** StepMap ranges are [start, oldSize, newSize]. */
const insert = (at: number, size: number) => new StepMap([at, 0, size]);
const remove = (from: number, to: number) => new StepMap([from, to - from, 0]);

describe('changedRanges', () => {
  it('gives typed text and deletion points in the final document', () => {
    expect(changedRanges(new Mapping([insert(5, 1)]))).toEqual([{ from: 5, to: 6 }]);
    expect(changedRanges(new Mapping([remove(5, 8)]))).toEqual([{ from: 5, to: 5 }]);
  });

  it('carries earlier steps through later ones', () => {
    expect(changedRanges(new Mapping([insert(10, 2), insert(3, 4)]))).toEqual([
      { from: 14, to: 16 },
      { from: 3, to: 7 },
    ]);
  });
});

describe('mapRanges', () => {
  it('moves ranges after an insertion and grows ranges around it', () => {
    const mapping = new Mapping([insert(5, 3)]);
    expect(
      mapRanges(
        [
          { from: 1, to: 4 },
          { from: 4, to: 10 },
          { from: 20, to: 22 },
        ],
        mapping,
      ),
    ).toEqual([
      { from: 1, to: 4 },
      { from: 4, to: 13 },
      { from: 23, to: 25 },
    ]);
  });

  it('shrinks a deleted range to a point', () => {
    expect(mapRanges([{ from: 6, to: 8 }], new Mapping([remove(5, 10)]))).toEqual([{ from: 5, to: 5 }]);
  });
});

describe('mergeRanges', () => {
  it('sorts and joins overlapping and touching ranges', () => {
    expect(
      mergeRanges(
        [
          { from: 10, to: 12 },
          { from: 1, to: 3 },
        ],
        [
          { from: 3, to: 5 },
          { from: 11, to: 20 },
        ],
      ),
    ).toEqual([
      { from: 1, to: 5 },
      { from: 10, to: 20 },
    ]);
  });

  it('does not change its inputs', () => {
    const a = [{ from: 1, to: 3 }];
    mergeRanges(a, [{ from: 2, to: 9 }]);
    expect(a).toEqual([{ from: 1, to: 3 }]);
  });
});

describe('subtractRange', () => {
  it('cuts a checked stretch out, keeping what lies outside it', () => {
    expect(subtractRange([{ from: 0, to: 100 }], 0, 40)).toEqual([{ from: 40, to: 100 }]);
    expect(subtractRange([{ from: 0, to: 100 }], 20, 40)).toEqual([
      { from: 0, to: 20 },
      { from: 40, to: 100 },
    ]);
    expect(
      subtractRange(
        [
          { from: 5, to: 5 },
          { from: 50, to: 60 },
        ],
        0,
        10,
      ),
    ).toEqual([{ from: 50, to: 60 }]);
  });
});
