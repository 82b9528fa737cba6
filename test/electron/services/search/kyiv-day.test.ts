import { describe, expect, it } from 'vitest';
import { dateRange } from '../../../../electron/services/search/kyiv-day';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('dateRange', () => {
  it('a date is the whole day in Kyiv: UTC+2 in winter', () => {
    const range = dateRange('2025-12-19', '2025-12-19');
    expect(iso(range.from)).toBe('2025-12-18T22:00:00.000Z');
    expect(iso(range.to)).toBe('2025-12-19T21:59:59.999Z');
  });

  it('UTC+3 in summer, across a month end', () => {
    const range = dateRange('2025-07-01', '2025-07-31');
    expect(iso(range.from)).toBe('2025-06-30T21:00:00.000Z');
    expect(iso(range.to)).toBe('2025-07-31T20:59:59.999Z');
  });

  it('the days clocks change have 23 and 25 hours', () => {
    const spring = dateRange('2025-03-30', '2025-03-30');
    expect(((spring.to ?? 0) + 1 - (spring.from ?? 0)) / 3_600_000).toBe(23);
    const autumn = dateRange('2025-10-26', '2025-10-26');
    expect(((autumn.to ?? 0) + 1 - (autumn.from ?? 0)) / 3_600_000).toBe(25);
  });

  it('a date-time is taken as it is; either end may be missing', () => {
    expect(iso(dateRange('2025-12-19T10:00:00+02:00', undefined).from)).toBe('2025-12-19T08:00:00.000Z');
    expect(dateRange(undefined, undefined)).toEqual({});
    expect(dateRange(undefined, '2025-12-31').from).toBeUndefined();
  });

  it('what is not a date throws a RangeError with a Ukrainian message', () => {
    expect(() => dateRange('вчора', undefined)).toThrow(/date "вчора"/);
  });
});
