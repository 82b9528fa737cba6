import { canonicalJson } from './canonical-json';

/**
 * An article's `transitions.jsonl` merged from its ancestor and two sides. The log is only ever appended to,
 * so the result is the ancestor's lines as they are, then the lines either side added, each once, in the
 * order of their `at`. A line that does not read as JSON with a time keeps its place among the added lines;
 * no line is ever dropped or rewritten (the workflow reports the ones it cannot read).
 */
export function mergeTransitions(base: string, ours: string, theirs: string): string {
  if (ours === theirs) return ours;
  const before = lines(base);
  const known = new Set(before.map(identity));
  const added: string[] = [];
  for (const line of [...lines(ours), ...lines(theirs)]) {
    const key = identity(line);
    if (known.has(key)) continue;
    known.add(key);
    added.push(line);
  }
  const merged = [...before, ...inTimeOrder(added)];
  return merged.length === 0 ? '' : `${merged.join('\n')}\n`;
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Two lines are one step when they read as the same JSON (whatever the spacing), or are the same text. */
function identity(line: string): string {
  const raw = parse(line);
  return raw === undefined ? `text:${line.trim()}` : `json:${canonicalJson(raw)}`;
}

function parse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** When a line says it happened, or null when it does not say in a way a clock can read. */
function timeOf(line: string): number | null {
  const raw = parse(line);
  const at = typeof raw === 'object' && raw !== null ? (raw as { at?: unknown }).at : undefined;
  const time = typeof at === 'string' ? Date.parse(at) : Number.NaN;
  return Number.isNaN(time) ? null : time;
}

/** The timed lines sorted (stably) among the places they hold; the others stay where they are. */
function inTimeOrder(added: string[]): string[] {
  const timed = added
    .map((line, order) => ({ line, order, time: timeOf(line) }))
    .filter((entry): entry is { line: string; order: number; time: number } => entry.time !== null);
  const sorted = [...timed].sort((x, y) => x.time - y.time || x.order - y.order);
  const out = [...added];
  timed.forEach((slot, k) => {
    out[slot.order] = (sorted[k] as { line: string }).line;
  });
  return out;
}
