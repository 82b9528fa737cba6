/**
 * How many of the toolbar's items fit its row, in order: `rights` are the items' right edges (px from the row's
 * start, laid side by side as in the toolbar), `room` the row's width, `moreRoom` what the «Більше» button takes
 * (with its spacing) when some do not fit.
 */
export function fitCount(rights: readonly number[], room: number, moreRoom: number): number {
  const last = rights[rights.length - 1];
  if (last === undefined || last <= room) return rights.length;
  let count = rights.length - 1;
  while (count > 0 && (rights[count - 1] ?? 0) + moreRoom > room) count -= 1;
  return count;
}
