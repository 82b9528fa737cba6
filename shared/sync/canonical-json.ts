/**
 * JSON with every object's keys sorted and undefined members left out: two values that mean the same compare
 * equal whatever order their keys were written in (a colleague's app, a hand edit, another version of zod).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value)) ?? '';
}

export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) out[key] = sorted(member);
  }
  return out;
}
