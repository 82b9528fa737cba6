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

/**
 * The instant Kyiv's clock shows this wall-clock time (seconds ignored past the minute given). A time the
 * clocks skip in spring (03:00–03:59 on the last Sunday of March) is read as the same time an hour later, as
 * a person moving the clock would; one that happens twice in autumn is the first of the two.
 */
export function kyivInstant(wall: WallClock): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Kyiv is UTC+3 in summer, UTC+2 in winter: the earlier reading that shows this time, else the gap's.
  const summer = asUtc - 3 * 3_600_000;
  const winter = asUtc - 2 * 3_600_000;
  if (sameClock(kyivClock(summer), wall)) return summer;
  return winter;
}

function sameClock(a: WallClock | null, b: WallClock): boolean {
  return (
    a !== null &&
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as ISO text with Kyiv's offset, as article.json keeps publish times: `2025-12-19T20:44:00+02:00`. */
export function kyivIsoString(instant: number): string {
  const clock = kyivClock(instant);
  if (!clock) throw new RangeError(`Not an instant: ${instant}`);
  const offsetMinutes = Math.round(kyivOffsetMs(instant) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const { year, month, day, hour, minute, second } = clock;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}

/** Kyiv's wall clock of an instant as a datetime-local field shows it: `2025-12-19T20:44`; '' if not one. */
export function kyivLocalInput(instant: string): string {
  const clock = kyivClock(instant);
  if (!clock) return '';
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** A datetime-local field's value read on Kyiv's clock, as article.json's ISO text; null if it is not one. */
export function parseKyivLocalInput(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return kyivIsoString(kyivInstant({ year, month, day, hour, minute, second }));
}
