/**
 * Kyiv's clock, the one every date of the newsroom is on, wherever the laptop is: the wall-clock time of an
 * instant there, and the instants a Kyiv calendar day starts and ends (UTC+2 in winter, UTC+3 in summer).
 */

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Older ICU builds know the zone only by its former name. */
const KYIV_CLOCK = ((): Intl.DateTimeFormat => {
  const options: Intl.DateTimeFormatOptions = {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'Europe/Kyiv' });
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'Europe/Kiev' });
  }
})();

/** What Kyiv's clock shows at an instant (ms since the epoch, a Date or ISO text); null for what is not one. */
export function kyivClock(instant: string | number | Date): WallClock | null {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  const parts: Record<string, number> = {};
  for (const part of KYIV_CLOCK.formatToParts(date)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Kyiv's offset from UTC at an instant, in ms (+2 h in winter, +3 h in summer). */
function kyivOffsetMs(utcMs: number): number {
  const clock = kyivClock(utcMs);
  if (!clock) throw new RangeError(`Not an instant: ${utcMs}`);
  const wall = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** The instant a Kyiv calendar day starts. Clocks change at 03:00/04:00 there, never at midnight. */
function kyivMidnight(year: number, month: number, day: number): number {
  const wall = Date.UTC(year, month - 1, day);
  const guess = wall - kyivOffsetMs(wall);
  return wall - kyivOffsetMs(guess);
}

/**
 * A Kyiv calendar day (month 1–12) as an inclusive range of ms since the epoch: its midnight and the last
 * millisecond before the next one, so the days the clocks change last 23 and 25 hours. A day past the month's
 * end rolls over into the next month, as Date.UTC does.
 */
export function kyivDayBounds(year: number, month: number, day: number): { first: number; last: number } {
  return { first: kyivMidnight(year, month, day), last: kyivMidnight(year, month, day + 1) - 1 };
}
