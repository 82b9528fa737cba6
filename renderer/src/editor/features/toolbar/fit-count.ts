/**
 * Which of the toolbar's items leave its row for the «Більше» menu: `widths` are the items' widths with the
 * spacing before each (px, in the row's order), `room` the row's width, `moreRoom` what the «Більше» button
 * takes (with its spacing) once some leave. They leave in `dropOrder` (indexes, least needed first) until the
 * rest and the button fit.
 */
export function overflowing(
  widths: readonly number[],
  room: number,
  moreRoom: number,
  dropOrder: readonly number[],
): Set<number> {
  let total = widths.reduce((sum, width) => sum + width, 0);
  const gone = new Set<number>();
  if (total <= room) return gone;
  for (const index of dropOrder) {
    if (total + moreRoom <= room) break;
    gone.add(index);
    total -= widths[index] ?? 0;
  }
  return gone;
}
