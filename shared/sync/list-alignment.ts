import { diffArrays } from 'diff';

/** Past this many items added and removed, the alignment stops looking and takes the whole list as replaced. */
const MAX_EDIT_LENGTH = 4000;

/** One run of the alignment: items both lists share, or items only the old or only the new list holds. */
export type AlignedRun = { kind: 'same' | 'removed' | 'added'; count: number };

/** The old and the new list as runs of shared, removed and added items, by key (jsdiff's array diff). */
export function alignKeys(before: readonly string[], after: readonly string[]): AlignedRun[] {
  const changes = diffArrays([...before], [...after], { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined)
    return [
      { kind: 'removed', count: before.length },
      { kind: 'added', count: after.length },
    ];
  return changes.map((change) => ({
    kind: change.removed ? 'removed' : change.added ? 'added' : 'same',
    count: change.count,
  }));
}

/**
 * Two lists of items inserted at the same place, as one: the items both inserted once, and where they differ
 * ours first, then theirs. Each entry holds the item of each side it comes from.
 */
export function interleave<T>(
  ours: readonly T[],
  theirs: readonly T[],
  keyOf: (item: T) => string,
): Array<{ ours?: T; theirs?: T }> {
  if (ours.length === 0) return theirs.map((item) => ({ theirs: item }));
  if (theirs.length === 0) return ours.map((item) => ({ ours: item }));
  const out: Array<{ ours?: T; theirs?: T }> = [];
  let i = 0;
  let j = 0;
  let onlyTheirs: T[] = [];
  for (const run of alignKeys(ours.map(keyOf), theirs.map(keyOf))) {
    if (run.kind === 'added') {
      onlyTheirs.push(...theirs.slice(j, j + run.count));
      j += run.count;
      continue;
    }
    if (run.kind === 'removed') {
      for (const item of ours.slice(i, i + run.count)) out.push({ ours: item });
      i += run.count;
      continue;
    }
    out.push(...onlyTheirs.map((item) => ({ theirs: item })));
    onlyTheirs = [];
    for (let k = 0; k < run.count; k += 1) out.push({ ours: ours[i + k] as T, theirs: theirs[j + k] as T });
    i += run.count;
    j += run.count;
  }
  out.push(...onlyTheirs.map((item) => ({ theirs: item })));
  return out;
}
