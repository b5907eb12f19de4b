/**
 * Timeline dates have day (`2014-02-22`) or month (`2014-08`) precision. They are compared and
 * formatted as text in UTC, so output never depends on the machine's clock or time zone.
 */

export type Precision = 'day' | 'month';

/** `day` for `2014-02-22`, `month` for `2014-08`. */
export function precisionOf(date: string): Precision {
  return date.length === 7 ? 'month' : 'day';
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

function toUtc(date: string): Date {
  return new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
}

/** `22 February 2014`, or `August 2014` for a month. */
export function formatDate(date: string): string {
  return (precisionOf(date) === 'month' ? MONTH : DAY).format(toUtc(date));
}

/** A range as a reader writes it: `13–15 April 2014`, `29 January – 4 February 2017`. */
export function formatRange(start: string, end?: string): string {
  if (!end) return formatDate(start);
  if (precisionOf(start) === 'day' && precisionOf(end) === 'day') {
    const sameYear = start.slice(0, 4) === end.slice(0, 4);
    const sameMonth = sameYear && start.slice(0, 7) === end.slice(0, 7);
    if (sameMonth) return `${Number(start.slice(8))}–${formatDate(end)}`;
    if (sameYear) return `${DAY_MONTH.format(toUtc(start))} – ${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** The first moment (UTC) of a day or month, for feeds and other machine dates. */
export function startOf(date: string): Date {
  return toUtc(date);
}

/** The `YYYY-MM-DD` of a Date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Sorts by date text; a month sorts before the days in it, and ties keep title order. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `date` (day or month) lies after `day` (`YYYY-MM-DD`). A month is after a day only if it starts after it. */
export function isAfter(date: string, day: string): boolean {
  return precisionOf(date) === 'month' ? date > day.slice(0, 7) : date > day;
}
