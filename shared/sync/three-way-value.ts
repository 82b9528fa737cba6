import { sameJson } from './canonical-json';

/**
 * One value merged from its common ancestor and two edits: a side that left it as it was takes the other's;
 * both changed it to the same is fine; both changed it differently keeps ours and says so.
 */
export function mergeValue<T>(base: T, ours: T, theirs: T): { value: T; conflict: boolean } {
  if (sameJson(ours, theirs)) return { value: ours, conflict: false };
  if (sameJson(base, ours)) return { value: theirs, conflict: false };
  if (sameJson(base, theirs)) return { value: ours, conflict: false };
  return { value: ours, conflict: true };
}

/** Collects the fields both sides changed differently while a file's values are merged one by one. */
export class FieldMerger {
  private readonly conflicted = new Set<string>();

  get conflicts(): string[] {
    return [...this.conflicted];
  }

  conflict(field: string): void {
    this.conflicted.add(field);
  }

  value<T>(field: string, base: T, ours: T, theirs: T): T {
    const merged = mergeValue(base, ours, theirs);
    if (merged.conflict) this.conflict(field);
    return merged.value;
  }

  /**
   * A flat object merged member by member (`seo`, `share`, a picture's own fields); a member one side added or
   * removed counts as a change of it. Members keep our order, then theirs.
   */
  fields<T extends object>(prefix: string, base: T, ours: T, theirs: T): T {
    const b = base as Record<string, unknown>;
    const o = ours as Record<string, unknown>;
    const t = theirs as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)])) {
      const merged = this.value(`${prefix}.${key}`, b[key], o[key], t[key]);
      if (merged !== undefined) out[key] = merged;
    }
    return out as T;
  }
}
