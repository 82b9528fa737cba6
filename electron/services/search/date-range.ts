import { kyivDayBounds } from '../../../shared/text/kyiv-clock';

/**
 * Date bounds for the library's range filter. A newsroom in Ukraine means "19 December" in Kyiv time,
 * so a bare date is that whole day in Europe/Kyiv, whatever the machine's own time zone is.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseBound(value: string, edge: 'from' | 'to'): number {
  const date = DATE_ONLY.exec(value);
  if (date) {
    const bounds = kyivDayBounds(Number(date[1]), Number(date[2]), Number(date[3]));
    return edge === 'from' ? bounds.first : bounds.last;
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
