import { scrollParent, seenArea } from '../scroll/scroll-parent';

/**
 * Scrolls the column holding `inside` so that `rect` (client px) sits in the middle of what is seen, as a
 * browser's find does, when it is not in sight already: clear of the sticky toolbar (the column's
 * scroll-padding) and of the find bar at the column's foot.
 */
export function revealCentred(inside: Element, rect: { top: number; bottom: number }, bar: Element | null): void {
  const scroller = scrollParent(inside);
  if (!scroller) return;
  const area = seenArea(scroller);
  const bottom = bar ? Math.min(area.bottom, bar.getBoundingClientRect().top) : area.bottom;
  if (rect.top >= area.top && rect.bottom <= bottom) return;
  scroller.scrollTop += (rect.top + rect.bottom) / 2 - (area.top + bottom) / 2;
}
