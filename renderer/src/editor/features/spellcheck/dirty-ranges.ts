import type { Mapping } from '@tiptap/pm/transform';

/** A [from, to] stretch of the document. */
export interface Range {
  from: number;
  to: number;
}

/** The stretches a transaction wrote, in the new document's positions (an insertion's text; a deletion's point). */
export function changedRanges(mapping: Mapping): Range[] {
  const ranges: Range[] = [];
  const { maps } = mapping;
  maps.forEach((map, index) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let from = newStart;
      let to = newEnd;
      for (let later = index + 1; later < maps.length; later++) {
        from = maps[later]!.map(from, -1);
        to = maps[later]!.map(to, 1);
      }
      ranges.push({ from, to });
    });
  });
  return ranges;
}

/** Ranges carried through a transaction; ones whose text was deleted shrink to a point. */
export function mapRanges(ranges: readonly Range[], mapping: Mapping): Range[] {
  return ranges.map(({ from, to }) => ({ from: mapping.map(from, -1), to: mapping.map(to, 1) }));
}

/** The union of two lists as sorted, non-overlapping ranges (touching ones merged). */
export function mergeRanges(a: readonly Range[], b: readonly Range[]): Range[] {
  const all = [...a, ...b].sort((x, y) => x.from - y.from);
  const merged: Range[] = [];
  for (const range of all) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ from: range.from, to: range.to });
  }
  return merged;
}

/** The ranges without [from, to]. */
export function subtractRange(ranges: readonly Range[], from: number, to: number): Range[] {
  const left: Range[] = [];
  for (const range of ranges) {
    if (range.to < from || range.from > to) {
      left.push(range);
      continue;
    }
    if (range.from < from) left.push({ from: range.from, to: from });
    if (range.to > to) left.push({ from: to, to: range.to });
  }
  return left;
}
