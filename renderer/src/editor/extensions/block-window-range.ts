/** Top-level blocks from `first` to `last`, both included, counted from 0. */
export interface BlockRange {
  first: number;
  last: number;
}

/** Where a block sits on the screen (client coordinates, as getBoundingClientRect gives them). */
export interface BlockEdges {
  top(index: number): number;
  bottom(index: number): number;
}

/** The first of `count` blocks laid out top to bottom for which `isPast` holds (then for all after it); `count` if none. */
function firstPast(count: number, isPast: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The blocks that reach into the band from `from` to `to` (client y), found by bisection: a long read's
 * blocks are read a dozen times, not hundreds. The nearest block when the band lies beyond them all.
 */
export function blocksInBand(count: number, edges: BlockEdges, from: number, to: number): BlockRange | null {
  if (count === 0) return null;
  // A block that only touches an edge of the band is outside it.
  const first = Math.min(
    firstPast(count, (index) => edges.bottom(index) > from),
    count - 1,
  );
  const last = Math.max(firstPast(count, (index) => edges.top(index) >= to) - 1, first);
  return { first, last };
}

export function coversRange(outer: BlockRange, inner: BlockRange): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}

/**
 * The rule that leaves blocks outside `range` undrawn (`content-visibility: hidden`, sized as they were
 * last drawn), for the editor element matched by `editorSelector`. The blocks holding the selection
 * (`keepClass`) are always drawn. `:nth-child` counts from 1.
 */
export function hiddenOutsideRule(editorSelector: string, range: BlockRange, keepClass: string): string {
  const inside = `:nth-child(n+${range.first + 1}):nth-child(-n+${range.last + 1})`;
  return `${editorSelector} > :not(${inside}):not(.${keepClass}) { content-visibility: hidden; }`;
}
