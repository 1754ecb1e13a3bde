/**
 * Wall-clock arithmetic in an IANA zone with nothing but `Intl`, for the week preview: the local
 * date and time of an instant, and the instant of a local midnight (DST days included).
 */

/** A local calendar date. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The wall-clock reading of an instant in a zone; `weekday` is 0 for Monday … 6 for Sunday. */
export interface WallTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
const weekdayIndex: Record<string, number> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The local date and time of `atMs` in `timeZone`. */
export function wallTime(atMs: number, timeZone: string): WallTime {
  const parts = formatFor(timeZone).formatToParts(atMs);
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

/** The date `days` after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

function offsetAt(atMs: number, timeZone: string): number {
  const wall = wallTime(atMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (atMs - (((atMs % 1000) + 1000) % 1000));
}

/** The first instant of a local date in `timeZone` (twice refined, so DST shifts land right). */
export function startOfDay(date: LocalDate, timeZone: string): number {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day);
  const guess = asUtc - offsetAt(asUtc, timeZone);
  return asUtc - offsetAt(guess, timeZone);
}

/** The Monday of the week `weeksFromNow` weeks away from the week of `nowMs`, in `timeZone`. */
export function mondayOf(nowMs: number, timeZone: string, weeksFromNow: number): LocalDate {
  const today = wallTime(nowMs, timeZone);
  return addDays(today, weeksFromNow * 7 - today.weekday);
}

/** A date as `YYYY-MM-DD`. */
export function isoDate(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}
