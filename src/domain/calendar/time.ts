/**
 * Local wall-clock arithmetic without a time zone: dates as day numbers (days since
 * 1970-01-01) and times of day as seconds. Zones come in later (zone.ts) and only at
 * compile time.
 */

/** Milliseconds in a wall-clock day; local dates are day numbers times this. */
export const DAY_MS = 86_400_000;

/** Length of a compiled chunk: 400 whole UTC days, so chunk edges are UTC midnights. */
export const CHUNK_MS = 400 * DAY_MS;

/** Seconds in a wall-clock day: the value of `24:00`. */
export const DAY_SECONDS = 86_400;

/** Week-day keys of the format, indexed like `Date#getUTCDay` (0 = Sunday). */
export const dayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** One of {@link dayKeys}. */
export type DayKey = (typeof dayKeys)[number];

const timeOfDay = /^(?:([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?|(24):00(?::00)?)$/;
const localDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Seconds since local midnight for `HH:MM` / `HH:MM:SS` (`24:00` gives 86 400), or undefined. */
export function parseTimeOfDay(text: string): number | undefined {
  const m = timeOfDay.exec(text);
  if (m === null) return undefined;
  if (m[4] !== undefined) return DAY_SECONDS;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** Day number of a real `YYYY-MM-DD` calendar date (so `2026-02-30` gives undefined). */
export function parseLocalDate(text: string): number | undefined {
  const m = localDate.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return utcMs(year, month, day) / DAY_MS;
}

/** `Date.UTC` for a date, without its two-digit-year quirk (years 0–99 stay as given). */
export function utcMs(year: number, month: number, day: number): number {
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (monthDays[month - 1] ?? 0);
}

/** Day of the week of a day number, 0 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Gregorian year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
