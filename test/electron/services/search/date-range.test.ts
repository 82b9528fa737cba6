import { describe, expect, it } from 'vitest';
import { dateRange } from '../../../../electron/services/search/date-range';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

// The bounds of a Kyiv day themselves (summer, winter, the days clocks change): test/shared/text/kyiv-clock.test.ts.
describe('dateRange', () => {
  it('a date is the whole day in Kyiv, from its first to its last millisecond', () => {
    const range = dateRange('2025-12-19', '2025-12-19');
    expect(iso(range.from)).toBe('2025-12-18T22:00:00.000Z');
    expect(iso(range.to)).toBe('2025-12-19T21:59:59.999Z');
  });

  it('a range of dates runs from the first day’s start to the last day’s end', () => {
    const range = dateRange('2025-07-01', '2025-07-31');
    expect(iso(range.from)).toBe('2025-06-30T21:00:00.000Z');
    expect(iso(range.to)).toBe('2025-07-31T20:59:59.999Z');
  });

  it('a date-time is taken as it is; either end may be missing', () => {
    expect(iso(dateRange('2025-12-19T10:00:00+02:00', undefined).from)).toBe('2025-12-19T08:00:00.000Z');
    expect(dateRange(undefined, undefined)).toEqual({});
    expect(dateRange(undefined, '2025-12-31').from).toBeUndefined();
  });

  it('what is not a date throws a RangeError that names it', () => {
    expect(() => dateRange('вчора', undefined)).toThrow(/date "вчора"/);
  });
});
