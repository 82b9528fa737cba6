/**
 * The two date forms the feed and the sitemap ask for. Both are of an instant, so both are written in UTC:
 * the reader's software shows them on its own clock (the page itself prints Kyiv's, see shared/text/dates).
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const pad = (value: number): string => String(value).padStart(2, '0');

function instant(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return date;
}

/**
 * RSS 2.0's date (RFC 822, with the four-digit year RFC 1123 made usual): `Sat, 20 Dec 2025 08:15:00 +0000`.
 * Written by hand, not by `toUTCString()`, whose form the ECMAScript standard fixed only recently.
 */
export function rfc822Date(value: string | Date): string {
  const date = instant(value);
  const day = DAYS[date.getUTCDay()] as string;
  const month = MONTHS[date.getUTCMonth()] as string;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${day}, ${pad(date.getUTCDate())} ${month} ${date.getUTCFullYear()} ${time} +0000`;
}

/** The W3C date-time the sitemap and Google News read: `2025-12-20T08:15:00Z`, whole seconds. */
export function w3cDate(value: string | Date): string {
  return instant(value)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}
