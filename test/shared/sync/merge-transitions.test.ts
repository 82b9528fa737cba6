import { describe, expect, it } from 'vitest';
import { mergeTransitions } from '../../../shared/sync/merge-transitions';

function step(at: string, to: string): string {
  return JSON.stringify({
    format: 1,
    at,
    by: 'Олена',
    role: 'journalist',
    from: 'draft',
    to,
    note: '',
    contentHash: null,
  });
}

const log = (...lines: string[]) => lines.map((line) => `${line}\n`).join('');

describe('mergeTransitions', () => {
  const first = step('2026-03-01T10:00:00.000Z', 'submitted');
  const base = log(first);

  it('keeps the common lines, then both sides’ new lines in time order', () => {
    const ours = log(first, step('2026-03-01T12:00:00.000Z', 'approved'));
    const theirs = log(first, step('2026-03-01T11:00:00.000Z', 'in-review'));
    const expected = log(
      first,
      step('2026-03-01T11:00:00.000Z', 'in-review'),
      step('2026-03-01T12:00:00.000Z', 'approved'),
    );
    expect(mergeTransitions(base, ours, theirs)).toBe(expected);
    expect(mergeTransitions(base, theirs, ours)).toBe(expected);
  });

  it('writes a step both sides added once, even spelled with other spacing or key order', () => {
    const added = step('2026-03-01T11:00:00.000Z', 'in-review');
    const respelled = JSON.stringify(JSON.parse(added), Object.keys(JSON.parse(added) as object).reverse(), 1).replace(
      /\n/g,
      '',
    );
    expect(mergeTransitions(base, log(first, added), log(first, respelled))).toBe(log(first, added));
  });

  it('keeps a damaged line in its place and sorts the readable ones around it', () => {
    const late = step('2026-03-01T12:00:00.000Z', 'approved');
    const early = step('2026-03-01T11:00:00.000Z', 'in-review');
    const merged = mergeTransitions(base, log(first, late, '{"torn'), log(first, early));
    expect(merged).toBe(log(first, early, '{"torn', late));
  });

  it('never drops or rewrites a common line, not even a torn last one', () => {
    const torn = `${first}\n{"format":1,"at":"2026`;
    const ours = `${torn}\n${step('2026-03-01T11:00:00.000Z', 'in-review')}\n`;
    expect(mergeTransitions(torn, ours, torn)).toBe(ours);
    expect(mergeTransitions('', '', log(first))).toBe(log(first));
    expect(mergeTransitions('', '', '')).toBe('');
  });
});
