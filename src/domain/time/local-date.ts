/**
 * Local calendar dates (`YYYY-MM-DD`, no time, no zone): hour-bank periods, grants and
 * entries are dated in the contract's own calendar days. ISO strings compare correctly as
 * strings, so `a < b` orders dates.
 */
import { z } from 'zod';
import { invalidInput } from '../errors.js';

/** A local date written `YYYY-MM-DD`. */
export type LocalDate = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(date: LocalDate): [number, number, number] {
  const match = datePattern.exec(date);
  return [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a string is a real calendar date in `YYYY-MM-DD` form (2025-02-30 is not). */
export function isLocalDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const [year, month, day] = partsOf(value);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Checks a local date, failing with invalid_input at `path`. */
export function parseLocalDate(value: string, path: string): LocalDate {
  if (!isLocalDate(value)) throw invalidInput(path, `"${value}" is not a date like 2025-03-01`);
  return value;
}

/** zod schema of a {@link LocalDate}. */
export const localDateSchema = z.string().refine(isLocalDate, 'expected a date like 2025-03-01');

/**
 * The date `months` later, the day clamped to the month's length (2025-01-31 + 1 month is
 * 2025-02-28): how monthly and yearly periods advance from a contract's start.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(index / 12);
  const nextMonth = (index % 12) + 1;
  return format(nextYear, nextMonth, Math.min(day, daysInMonth(nextYear, nextMonth)));
}

/** The date `days` later (or earlier when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = partsOf(date);
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return format(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** Whole calendar months from `from` to `to`, ignoring the day (2025-01-31 → 2025-02-01 is 1). */
export function monthsBetween(from: LocalDate, to: LocalDate): number {
  const [y1, m1] = partsOf(from);
  const [y2, m2] = partsOf(to);
  return (y2 - y1) * 12 + (m2 - m1);
}

/** The later of two dates. */
export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}
