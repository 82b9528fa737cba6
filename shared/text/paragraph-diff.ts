/** One row of a side-by-side comparison: the same paragraph on both sides, or one only on one side. */
export type DiffRow =
  | { kind: 'same'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'changed'; before: string; after: string };

/**
 * Compares two versions paragraph by paragraph (longest common subsequence). A removed paragraph
 * directly followed by an added one reads as one changed paragraph, which is how people see an edit.
 * Paragraph counts of real articles (hundreds) keep the table small; past `limit` cells the middle is
 * compared as one changed block rather than spending seconds.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[], limit = 4_000_000): DiffRow[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const head: DiffRow[] = before.slice(0, start).map((text) => ({ kind: 'same', text }));
  const tail: DiffRow[] = before.slice(endBefore).map((text) => ({ kind: 'same', text }));
  const a = before.slice(start, endBefore);
  const b = after.slice(start, endAfter);
  const middle =
    a.length * b.length > limit
      ? pairUp([
          ...a.map((text): DiffRow => ({ kind: 'removed', text })),
          ...b.map((text): DiffRow => ({ kind: 'added', text })),
        ])
      : pairUp(lcsRows(a, b));
  return [...head, ...middle, ...tail];
}

function lcsRows(a: readonly string[], b: readonly string[]): DiffRow[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      rows.push({ kind: 'same', text: a[i] as string });
      i += 1;
      j += 1;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      rows.push({ kind: 'removed', text: a[i] as string });
      i += 1;
    } else {
      rows.push({ kind: 'added', text: b[j] as string });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) rows.push({ kind: 'removed', text: a[i] as string });
  for (; j < b.length; j += 1) rows.push({ kind: 'added', text: b[j] as string });
  return rows;
}

/** Runs of removed paragraphs followed by added ones become changed pairs, the rest stays as it is. */
function pairUp(rows: DiffRow[]): DiffRow[] {
  const result: DiffRow[] = [];
  let index = 0;
  while (index < rows.length) {
    const removed: string[] = [];
    while (rows[index]?.kind === 'removed') removed.push((rows[index++] as { text: string }).text);
    const added: string[] = [];
    while (rows[index]?.kind === 'added') added.push((rows[index++] as { text: string }).text);
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k += 1)
      result.push({ kind: 'changed', before: removed[k] as string, after: added[k] as string });
    for (const text of removed.slice(pairs)) result.push({ kind: 'removed', text });
    for (const text of added.slice(pairs)) result.push({ kind: 'added', text });
    if (removed.length === 0 && added.length === 0) result.push(rows[index++] as DiffRow);
  }
  return result;
}
