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

/** The smallest range holding both. */
export function unionRange(a: BlockRange, b: BlockRange): BlockRange {
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

export function sameRange(a: BlockRange | null, b: BlockRange | null): boolean {
  return a?.first === b?.first && a?.last === b?.last;
}

export function rangeSize(range: BlockRange): number {
  return range.last - range.first + 1;
}

/**
 * Where `range` lies after the body went from `oldCount` to `newCount` blocks, `same(oldIndex, newIndex)`
 * telling whether a block is the very same node in both. An edit changes one stretch of the body: the blocks
 * before it keep their numbers, those after it shift by the change in count. An end of the range inside the
 * changed stretch moves to the stretch's edge, so that what was inserted there stays within the range.
 */
export function remapRange(
  range: BlockRange,
  oldCount: number,
  newCount: number,
  same: (oldIndex: number, newIndex: number) => boolean,
): BlockRange {
  const shared = Math.min(oldCount, newCount);
  let head = 0;
  while (head < shared && same(head, head)) head += 1;
  let tail = 0;
  while (tail < shared - head && same(oldCount - 1 - tail, newCount - 1 - tail)) tail += 1;
  const shift = newCount - oldCount;
  const lastNew = Math.max(newCount - 1, 0);
  const map = (index: number, inside: number) =>
    Math.min(index < head ? index : index >= oldCount - tail ? index + shift : inside, lastNew);
  const first = map(range.first, head);
  return { first, last: Math.max(map(range.last, newCount - tail - 1), first) };
}

/**
 * The selector of the blocks outside `range` of the editor element matched by `editorSelector`, but for the
 * kept ones (`keepClass`). `:nth-child` counts from 1.
 */
export function outsideSelector(editorSelector: string, range: BlockRange, keepClass: string): string {
  const inside = `:nth-child(n+${range.first + 1}):nth-child(-n+${range.last + 1})`;
  return `${editorSelector} > :not(${inside}):not(.${keepClass})`;
}

/** How much height (px) the blocks left out stand for, above and below the range. */
export interface Spacers {
  above: number;
  below: number;
}

/**
 * The rules that take the blocks outside `range` out of the page (`display: none`) and put in their place,
 * above and below, an empty box of the height they had when last drawn, so that the scrollbar and what is on
 * the screen stay where they were. The boxes are the editor's ::before and ::after: a change of their height is
 * then a change beside what is on the screen, not of its parent, and Chromium's scroll anchoring makes up for it.
 */
export function windowRules(editorSelector: string, range: BlockRange, keepClass: string, spacers: Spacers): string {
  const box = (height: number) => `content: ''; display: block; height: ${Math.max(0, Math.round(height))}px;`;
  return [
    `${outsideSelector(editorSelector, range, keepClass)} { display: none; }`,
    `${editorSelector}::before { ${box(spacers.above)} }`,
    `${editorSelector}::after { ${box(spacers.below)} }`,
  ].join('\n');
}
