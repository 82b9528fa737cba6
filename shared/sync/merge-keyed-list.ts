import { sameJson } from './canonical-json';
import { mergeOrder } from './merge-order';
import type { FieldMerger } from './three-way-value';

/** A list's items by key; a key met again gets its count, so two items with one name stay two. */
function byKey<T>(list: readonly T[], keyOf: (item: T) => string): { keys: string[]; items: Map<string, T> } {
  const seen = new Map<string, number>();
  const keys: string[] = [];
  const items = new Map<string, T>();
  for (const item of list) {
    const key = keyOf(item);
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    const unique = count === 0 ? key : `${key}\u0000${count}`;
    keys.push(unique);
    items.set(unique, item);
  }
  return { keys, items };
}

/**
 * A list of items with identities merged from its ancestor and two edits (tags, authors by name, related
 * articles by id or address): what either side added is added, what either removed is removed, an item both
 * kept is merged as a value. An item one side removed and the other changed is a conflict, and ours decides.
 */
export function mergeKeyedList<T>(
  field: string,
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  keyOf: (item: T) => string,
  merger: FieldMerger,
): T[] {
  const b = byKey(base, keyOf);
  const o = byKey(ours, keyOf);
  const t = byKey(theirs, keyOf);
  const merged: T[] = [];
  for (const key of mergeOrder(b.keys, o.keys, t.keys)) {
    const before = b.items.get(key);
    const mine = o.items.get(key);
    const other = t.items.get(key);
    if (mine !== undefined && other !== undefined) {
      merged.push(merger.value(field, before, mine, other) as T);
    } else if (mine !== undefined || other !== undefined) {
      const kept = (mine ?? other) as T;
      if (before === undefined) merged.push(kept);
      else if (!sameJson(before, kept)) {
        merger.conflict(field);
        if (mine !== undefined) merged.push(mine);
      }
    }
  }
  return merged;
}
