/**
 * Local dates as `{year, month, day}` for the week preview, over the project's one time-zone
 * helper (`domain/time/time-zone.ts`): the Monday of a week and the instant of a local midnight.
 */
import { addDays as addDaysTo } from '../../domain/time/local-date.js';
import { startOfLocalDay, wallTime } from '../../domain/time/time-zone.js';

/** A local calendar date. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A date as `YYYY-MM-DD`. */
export function isoDate(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

function fromIso(date: string): LocalDate {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { year, month, day };
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromIso(addDaysTo(isoDate(date), days));
}

/** The first instant of a local date in `timeZone`, in epoch milliseconds. */
export function startOfDay(date: LocalDate, timeZone: string): number {
  return startOfLocalDay(isoDate(date), timeZone).getTime();
}

/** The Monday of the week `weeksFromNow` weeks away from the week of `nowMs`, in `timeZone`. */
export function mondayOf(nowMs: number, timeZone: string, weeksFromNow: number): LocalDate {
  const today = wallTime(nowMs, timeZone);
  return addDays(today, weeksFromNow * 7 - today.weekday);
}
