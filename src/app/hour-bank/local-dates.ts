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

/** A contract's dates are local to its plan's calendar; without a stored calendar, UTC. */
export function zoneOf(calendar: StoredCalendar | undefined): string {
  return calendar?.spec.timeZone ?? 'UTC';
}
