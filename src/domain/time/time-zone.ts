/**
 * Wall-clock time in an IANA zone: the one time-zone helper of the server and the web app
 * ("today" for a contract, the local midnight a period starts at, the local reading of an
 * instant for a week preview). It reads the offsets the calendar engine compiles
 * (`calendar/wall-clock.ts`, memoised per zone), so every module agrees on every transition.
 */
import { DAY_MS } from '../calendar/time.js';
import { formatLocalDay, instantOfWallTime, localDayOf, offsetAt } from '../calendar/wall-clock.js';
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

/** The local date (`YYYY-MM-DD`) of an instant in a time zone: "today" for a contract. */
export function localDateIn(timeZone: string, at: Date | number): LocalDate {
  return formatLocalDay(localDayOf(timeZone, typeof at === 'number' ? at : at.getTime()));
}

/** The local date and time of `atMs` in `timeZone`. */
export function wallTime(atMs: number, timeZone: string): WallTime {
  const wall = new Date(Math.floor(atMs / 1000) * 1000 + offsetAt(timeZone, atMs));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: (wall.getUTCDay() + 6) % 7,
  };
}

/**
 * The instant a local date begins in a time zone: its midnight, or the first instant of the date
 * when a transition swallows midnight (America/Santiago changes its clocks at 00:00).
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return new Date(instantOfWallTime(timeZone, Date.parse(`${date}T00:00:00Z`) / DAY_MS, 0));
}

/**
 * The instant a local date and time (`HH:MM`) happens in a zone, as people type it in a form:
 * its first occurrence when clocks fall back, the transition itself in a spring-forward gap.
 */
export function instantOfLocalTime(date: LocalDate, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  return new Date(instantOfWallTime(timeZone, day, (hours * 60 + minutes) * 60));
}
