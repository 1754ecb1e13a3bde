import type { StoredCalendar } from '../ports.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local date (`YYYY-MM-DD`) of an instant in a time zone: "today" for a contract. */
export function localDateIn(timeZone: string, at: Date): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format.format(at);
}

/**
 * The instant a local date begins in a time zone: its midnight, or the first instant of the date
 * when a transition swallows midnight (America/Santiago changes its clocks at 00:00). Found by
 * bisection over whole seconds, since a zone's offset is within ±14 h.
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const naiveSeconds = Date.parse(`${date}T00:00:00Z`) / 1000;
  let low = naiveSeconds - 15 * 3600; // still the day before everywhere
  let high = naiveSeconds + 15 * 3600; // already the date everywhere
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (localDateIn(timeZone, new Date(middle * 1000)) < date) low = middle;
    else high = middle;
  }
  return new Date(high * 1000);
}

/** A contract's dates are local to its plan's calendar; without a stored calendar, UTC. */
export function zoneOf(calendar: StoredCalendar | undefined): string {
  return calendar?.spec.timeZone ?? 'UTC';
}
