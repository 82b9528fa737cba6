/**
 * Date bounds for the library's range filter. A newsroom in Ukraine means "19 December" in Kyiv time,
 * so a bare date is that whole day in Europe/Kyiv, whatever the machine's own time zone is.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Older ICU builds know the zone only by its former name. */
const KYIV = ((): Intl.DateTimeFormat => {
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

/** Kyiv's offset from UTC at an instant, in ms (+2 h in winter, +3 h in summer). */
function kyivOffsetMs(utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of KYIV.formatToParts(utcMs)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** The instant a Kyiv calendar day starts. Clocks change at 03:00/04:00 there, never at midnight. */
function kyivMidnight(year: number, month: number, day: number): number {
  const wall = Date.UTC(year, month - 1, day);
  const guess = wall - kyivOffsetMs(wall);
  return wall - kyivOffsetMs(guess);
}

function parseBound(value: string, edge: 'from' | 'to'): number {
  const date = DATE_ONLY.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    // The whole day: `to` is the last millisecond before the next Kyiv midnight (Date.UTC rolls day 32 over).
    return edge === 'from' ? kyivMidnight(year, month, day) : kyivMidnight(year, month, day + 1) - 1;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`Cannot parse the date "${value}" (expected 2025-12-19 or ISO 8601).`);
  return ms;
}

/** Inclusive [from, to] in ms since the epoch; either end may be missing. */
export function dateRange(from: string | undefined, to: string | undefined): { from?: number; to?: number } {
  return {
    ...(from ? { from: parseBound(from, 'from') } : {}),
    ...(to ? { to: parseBound(to, 'to') } : {}),
  };
}
