/**
 * Wall-clock time in an IANA zone, read with nothing but `Intl`: the one time-zone helper of
 * the server and the web app ("today" for a contract, the local midnight a period starts at,
 * the local reading of an instant for a week preview). The calendar engine keeps its own
 * precompiled offsets (`calendar/zone.ts`) for its hot path.
 */
import type { LocalDate } from './local-date.js';

/** The wall-clock reading of an instant in a zone; `weekday` is 0 for Monday … 6 for Sunday. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const wallFormats = new Map<string, Intl.DateTimeFormat>();
const weekdayIndex: Readonly<Record<string, number>> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  make: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

/** The local date (`YYYY-MM-DD`) of an instant in a time zone: "today" for a contract. */
export function localDateIn(timeZone: string, at: Date | number): LocalDate {
  const format = cached(
    dateFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  );
  return format.format(at);
}

/** The local date and time of `atMs` in `timeZone`. */
export function wallTime(atMs: number, timeZone: string): WallTime {
  const format = cached(
    wallFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      }),
  );
  const parts = format.formatToParts(atMs);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '';
  return {
    year: Number(value('year')),
    month: Number(value('month')),
    day: Number(value('day')),
    hour: Number(value('hour')),
    minute: Number(value('minute')),
    second: Number(value('second')),
    weekday: weekdayIndex[value('weekday')] ?? 0,
  };
}

/**
 * The instant a local date begins in a time zone: its midnight, or the first instant of the date
 * when a transition swallows midnight (America/Santiago changes its clocks at 00:00). Found by
 * bisection over whole seconds, since a zone's offset is within ±14 h.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const naiveSeconds = Date.parse(`${date}T00:00:00Z`) / 1000;
  let low = naiveSeconds - 15 * 3600; // still the day before everywhere
  let high = naiveSeconds + 15 * 3600; // already the date everywhere
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (localDateIn(timeZone, middle * 1000) < date) low = middle;
    else high = middle;
  }
  return new Date(high * 1000);
}
