import { describe, expect, it } from 'vitest';
import {
  blocksInBand,
  coversRange,
  outsideSelector,
  remapRange,
  unionRange,
  windowRules,
  type BlockEdges,
} from '../../../../../renderer/src/editor/features/block-window/block-window-range';

/** Blocks laid out top to bottom with these heights, the first starting at `top`; counts the reads. */
function laidOut(heights: number[], top = 0): BlockEdges & { reads: number } {
  const tops: number[] = [];
  let y = top;
  for (const height of heights) {
    tops.push(y);
    y += height;
  }
  const edges = {
    reads: 0,
    top: (index: number) => {
      edges.reads += 1;
      return tops[index] ?? 0;
    },
    bottom: (index: number) => {
      edges.reads += 1;
      return (tops[index] ?? 0) + (heights[index] ?? 0);
    },
  };
  return edges;
}

describe('blocksInBand: which blocks reach into a band of the screen', () => {
  const heights = [100, 20, 300, 50, 50, 400, 10, 10]; // tops 0 100 120 420 470 520 920 930

  it('takes the blocks cut by the band edges and those between them', () => {
    expect(blocksInBand(heights.length, laidOut(heights), 110, 480)).toEqual({ first: 1, last: 4 });
    expect(blocksInBand(heights.length, laidOut(heights), 0, 100)).toEqual({ first: 0, last: 0 });
  });

  it('a block that merely touches the band at an edge is not in it', () => {
    expect(blocksInBand(heights.length, laidOut(heights), 100, 120)).toEqual({ first: 1, last: 1 });
  });

  it('reads only a few edges of a long read, not every block', () => {
    const many = Array.from({ length: 5000 }, (_, i) => 20 + (i % 7) * 10);
    const edges = laidOut(many, -200_000);
    const range = blocksInBand(many.length, edges, -800, 1600);
    expect(range).not.toBeNull();
    expect(edges.bottom(range!.first)).toBeGreaterThan(-800);
    expect(edges.top(range!.last)).toBeLessThan(1600);
    expect(edges.top(range!.last + 1)).toBeGreaterThanOrEqual(1600);
    expect(edges.reads).toBeLessThan(40);
  });

  it('a band past every block keeps the nearest one; no blocks, no range', () => {
    expect(blocksInBand(heights.length, laidOut(heights), 5000, 6000)).toEqual({ first: 7, last: 7 });
    expect(blocksInBand(heights.length, laidOut(heights, 5000), 0, 100)).toEqual({ first: 0, last: 0 });
    expect(blocksInBand(0, laidOut([]), 0, 100)).toBeNull();
  });
});

describe('coversRange', () => {
  it('is true only when the inner range lies wholly inside', () => {
    expect(coversRange({ first: 10, last: 40 }, { first: 10, last: 40 })).toBe(true);
    expect(coversRange({ first: 10, last: 40 }, { first: 12, last: 30 })).toBe(true);
    expect(coversRange({ first: 10, last: 40 }, { first: 9, last: 30 })).toBe(false);
    expect(coversRange({ first: 10, last: 40 }, { first: 12, last: 41 })).toBe(false);
  });
});

describe('unionRange', () => {
  it('spans both ranges and what lies between', () => {
    expect(unionRange({ first: 10, last: 20 }, { first: 50, last: 51 })).toEqual({ first: 10, last: 51 });
    expect(unionRange({ first: 10, last: 20 }, { first: 12, last: 13 })).toEqual({ first: 10, last: 20 });
  });
});

describe('remapRange: the same blocks after some were added or removed', () => {
  /** Blocks as identities: `before` and `after` list them in order. */
  const remap = (range: { first: number; last: number }, before: string[], after: string[]) =>
    remapRange(range, before.length, after.length, (oldIndex, newIndex) => before[oldIndex] === after[newIndex]);
  const blocks = (count: number, prefix = 'b') => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

  it('shifts a range below the change by the blocks added or removed, and keeps one above it', () => {
    const before = blocks(100);
    const added = [...before.slice(0, 5), 'new1', 'new2', ...before.slice(5)];
    expect(remap({ first: 40, last: 60 }, before, added)).toEqual({ first: 42, last: 62 });
    const removed = [...before.slice(0, 5), ...before.slice(8)];
    expect(remap({ first: 40, last: 60 }, before, removed)).toEqual({ first: 37, last: 57 });
    const addedBelow = [...before.slice(0, 90), 'new', ...before.slice(90)];
    expect(remap({ first: 40, last: 60 }, before, addedBelow)).toEqual({ first: 40, last: 60 });
  });

  it('takes in what was added inside the range, and holds its ends inside the body', () => {
    const before = blocks(100);
    const pasted = [...before.slice(0, 50), ...blocks(30, 'p'), ...before.slice(50)];
    expect(remap({ first: 40, last: 60 }, before, pasted)).toEqual({ first: 40, last: 90 });
    // A block replaced at the range's first: the range starts where the change does.
    const replaced = [...before.slice(0, 40), 'list', ...before.slice(41)];
    expect(remap({ first: 40, last: 60 }, before, replaced)).toEqual({ first: 40, last: 60 });
    // Nearly everything deleted.
    expect(remap({ first: 40, last: 99 }, before, ['b0', 'b99'])).toEqual({ first: 1, last: 1 });
    expect(remap({ first: 0, last: 99 }, before, before)).toEqual({ first: 0, last: 99 });
  });
});

describe('windowRules', () => {
  it('takes the blocks outside the range out of the page, with boxes of their height above and below', () => {
    expect(
      windowRules('[data-block-window="3"]', { first: 0, last: 9 }, 'is-editing', { above: 0, below: 1234.4 }),
    ).toBe(
      [
        '[data-block-window="3"] > :not(:nth-child(n+1):nth-child(-n+10)):not(.is-editing) { display: none; }',
        `[data-block-window="3"]::before { content: ''; display: block; height: 0px; }`,
        `[data-block-window="3"]::after { content: ''; display: block; height: 1234px; }`,
      ].join('\n'),
    );
  });

  it('is read by a real style sheet as three rules', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      windowRules('[data-block-window="1"]', { first: 4, last: 7 }, 'is-editing', { above: 10, below: 20 }),
    );
    expect(sheet.cssRules).toHaveLength(3);
  });
});

describe('outsideSelector', () => {
  it('selects exactly the blocks outside the range in a real selector engine, never the kept ones', () => {
    const editor = document.createElement('div');
    editor.dataset.blockWindow = '9';
    editor.innerHTML = Array.from({ length: 12 }, (_, i) => `<p${i === 1 ? ' class="is-editing"' : ''}>${i}</p>`).join(
      '',
    );
    document.body.append(editor);
    const selector = outsideSelector('[data-block-window="9"]', { first: 4, last: 7 }, 'is-editing');
    expect([...document.querySelectorAll(selector)].map((block) => Number(block.textContent))).toEqual([
      0, 2, 3, 8, 9, 10, 11,
    ]);
    editor.remove();
  });
});
