import { alignKeys, interleave } from './list-alignment';

/** What one side did to a keyed list: which of the ancestor's items it kept in place, what it inserted where. */
interface OrderEdits {
  kept: boolean[];
  /** By gap: `inserted[g]` went before the ancestor's item g (the last gap is the end). */
  inserted: string[][];
}

function orderEdits(base: readonly string[], side: readonly string[]): OrderEdits {
  const kept: boolean[] = base.map(() => false);
  const inserted: string[][] = Array.from({ length: base.length + 1 }, () => []);
  let i = 0;
  let j = 0;
  for (const run of alignKeys(base, side)) {
    if (run.kind === 'same') for (let k = 0; k < run.count; k += 1) kept[i + k] = true;
    if (run.kind === 'added') (inserted[i] as string[]).push(...side.slice(j, j + run.count));
    if (run.kind !== 'added') i += run.count;
    if (run.kind !== 'removed') j += run.count;
  }
  return { kept, inserted };
}

/**
 * The order of a list of unique keys merged from its ancestor and two edits of it: every key of the three, each
 * once, so the caller decides which stay. An item stays where both sides left it; one inserted or moved by a side
 * goes where that side put it; at one place ours come before theirs. Moved differently by both, an item takes
 * the first of the places (the order itself is never a conflict).
 */
export function mergeOrder(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const o = orderEdits(base, ours);
  const t = orderEdits(base, theirs);
  const slots: Array<{ key: string; live: boolean }> = [];
  base.forEach((key, g) => {
    for (const entry of interleave(o.inserted[g] ?? [], t.inserted[g] ?? [], (k) => k))
      slots.push({ key: (entry.ours ?? entry.theirs) as string, live: true });
    slots.push({ key, live: (o.kept[g] ?? false) && (t.kept[g] ?? false) });
  });
  for (const entry of interleave(o.inserted[base.length] ?? [], t.inserted[base.length] ?? [], (k) => k))
    slots.push({ key: (entry.ours ?? entry.theirs) as string, live: true });
  // A key's place: where it stands live, or else where the ancestor had it (a removed item a caller keeps).
  const place = new Map<string, number>();
  slots.forEach((slot, index) => {
    if (slot.live && !place.has(slot.key)) place.set(slot.key, index);
  });
  slots.forEach((slot, index) => {
    if (!place.has(slot.key)) place.set(slot.key, index);
  });
  return [...place.entries()].sort((a, b) => a[1] - b[1]).map(([key]) => key);
}
