import { describe, expect, it } from 'vitest';
import {
  kyivClock,
  kyivDayBounds,
  kyivIsoString,
  kyivLocalInput,
  parseKyivLocalInput,
} from '../../../shared/text/kyiv-clock';

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

describe('Kyiv wall clock to instant', () => {
  it('reads a winter and a summer time with their offsets', () => {
    expect(parseKyivLocalInput('2025-12-19T20:44')).toBe('2025-12-19T20:44:00+02:00');
    expect(parseKyivLocalInput('2025-07-01T09:05')).toBe('2025-07-01T09:05:00+03:00');
    expect(new Date(parseKyivLocalInput('2025-12-19T20:44')!).toISOString()).toBe('2025-12-19T18:44:00.000Z');
  });

  it('moves a time the spring clocks skip an hour on, and takes the first of an autumn double', () => {
    // 30 March 2025: 03:00 became 04:00. 26 October 2025: 04:00 became 03:00.
    expect(parseKyivLocalInput('2025-03-30T03:30')).toBe('2025-03-30T04:30:00+03:00');
    expect(parseKyivLocalInput('2025-10-26T03:30')).toBe('2025-10-26T03:30:00+03:00');
    expect(parseKyivLocalInput('2025-10-26T04:30')).toBe('2025-10-26T04:30:00+02:00');
  });

  it('shows an instant as the field does, on Kyiv time wherever it was written', () => {
    expect(kyivLocalInput('2025-12-19T18:44:00Z')).toBe('2025-12-19T20:44');
    expect(kyivLocalInput('2025-12-19T20:44:00+02:00')).toBe('2025-12-19T20:44');
    expect(kyivLocalInput('not a date')).toBe('');
  });

  it('refuses what is not a time', () => {
    for (const text of ['', '2025-02-30T10:00', '2025-13-01T10:00', '2025-12-19 20:44', '2025-12-19T24:00'])
      expect(parseKyivLocalInput(text)).toBeNull();
  });

  it('round-trips every quarter hour of a year', () => {
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 15 * 60_000) {
      const iso = kyivIsoString(ms);
      expect(new Date(iso).getTime()).toBe(ms);
    }
  });
});
