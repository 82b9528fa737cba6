import { describe, expect, it } from 'vitest';
import { kyivClock, kyivDayBounds } from '../../../shared/text/kyiv-clock';

const iso = (ms: number) => new Date(ms).toISOString();
const hours = ({ first, last }: { first: number; last: number }) => (last + 1 - first) / 3_600_000;

describe('kyivClock', () => {
  it('reads the wall clock in Kyiv: UTC+2 in winter, UTC+3 in summer, across a day end', () => {
    expect(kyivClock('2025-12-19T18:44:05Z')).toEqual({
      year: 2025,
      month: 12,
      day: 19,
      hour: 20,
      minute: 44,
      second: 5,
    });
    expect(kyivClock(Date.UTC(2025, 6, 1, 21, 5))).toEqual({
      year: 2025,
      month: 7,
      day: 2,
      hour: 0,
      minute: 5,
      second: 0,
    });
    expect(kyivClock(new Date('2025-12-31T22:00:00Z'))).toMatchObject({ year: 2026, month: 1, day: 1, hour: 0 });
  });

  it('nothing for what is not an instant', () => {
    expect(kyivClock('вчора')).toBeNull();
    expect(kyivClock(Number.NaN)).toBeNull();
  });
});

describe('kyivDayBounds', () => {
  it('a day is the whole day in Kyiv: UTC+2 in winter', () => {
    const day = kyivDayBounds(2025, 12, 19);
    expect(iso(day.first)).toBe('2025-12-18T22:00:00.000Z');
    expect(iso(day.last)).toBe('2025-12-19T21:59:59.999Z');
  });

  it('UTC+3 in summer, the last day of a month rolling over to the next', () => {
    expect(iso(kyivDayBounds(2025, 7, 1).first)).toBe('2025-06-30T21:00:00.000Z');
    expect(iso(kyivDayBounds(2025, 7, 31).last)).toBe('2025-07-31T20:59:59.999Z');
  });

  it('the days clocks change have 23 and 25 hours', () => {
    expect(hours(kyivDayBounds(2025, 3, 30))).toBe(23);
    expect(hours(kyivDayBounds(2025, 10, 26))).toBe(25);
    expect(hours(kyivDayBounds(2025, 10, 27))).toBe(24);
  });
});
