import { describe, expect, it } from 'vitest';
import {
  blocksInBand,
  coversRange,
  hiddenOutsideRule,
  type BlockEdges,
} from '../../../../renderer/src/editor/extensions/block-window-range';

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

describe('hiddenOutsideRule', () => {
  it('hides the blocks outside the range, counting from 1 as :nth-child does, and never the kept ones', () => {
    expect(hiddenOutsideRule('[data-block-window="3"]', { first: 0, last: 9 }, 'is-editing')).toBe(
      '[data-block-window="3"] > :not(:nth-child(n+1):nth-child(-n+10)):not(.is-editing) { content-visibility: hidden; }',
    );
  });

  it('selects exactly the blocks outside the range in a real selector engine', () => {
    const editor = document.createElement('div');
    editor.dataset.blockWindow = '9';
    editor.innerHTML = Array.from({ length: 12 }, (_, i) => `<p${i === 1 ? ' class="is-editing"' : ''}>${i}</p>`).join(
      '',
    );
    document.body.append(editor);
    const selector = hiddenOutsideRule('[data-block-window="9"]', { first: 4, last: 7 }, 'is-editing').split(' {')[0]!;
    expect([...document.querySelectorAll(selector)].map((block) => Number(block.textContent))).toEqual([
      0, 2, 3, 8, 9, 10, 11,
    ]);
    editor.remove();
  });
});
