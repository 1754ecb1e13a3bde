/**
 * Business days of a contract: the local dates (in the calendar's zone) on which its business
 * calendar is open at some moment. Roadmap phases start and end on them, and plan vs actual is
 * counted in them. Read from the compiled calendar (src/domain/calendar) a year at a time, on
 * first use; no clock is read.
 */
import type { Calendar } from '../calendar/calendar.js';
import { DAY_MS, parseLocalDate, yearOfDay } from '../calendar/time.js';
import { isTimeZone, type OffsetSegment, offsetSegments } from '../calendar/zone.js';
import { invalidInput } from '../errors.js';
import type { LocalDate } from '../time/index.js';
import { ProjectsRuleError } from './errors.js';

/** The business days of one calendar in its zone. */
export interface BusinessDays {
  /** Whether the service is open at some moment of `date`. */
  isBusinessDay(date: LocalDate): boolean;
  /** The first business day on or after `date` (a rule_violation when none within two years). */
  onOrAfter(date: LocalDate): LocalDate;
  /** The last business day on or before `date` (a rule_violation when none within two years). */
  onOrBefore(date: LocalDate): LocalDate;
  /** How many business days lie in `[from, to]`; 0 when `to` is before `from`. */
  count(from: LocalDate, to: LocalDate): number;
}

const HOUR_MS = 3_600_000;
/** How far a search for the next business day goes before giving up. */
const SEARCH_DAYS = 2 * 366;

function dayNumber(date: LocalDate, path: string): number {
  const day = parseLocalDate(date);
  if (day === undefined) throw invalidInput(path, `"${date}" is not a date like 2026-03-01`);
  return day;
}

function dateOf(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The local day number of each instant, for instants in increasing order. */
function localDays(segments: readonly OffsetSegment[]) {
  let index = 0;
  return (at: number): number => {
    while (index < segments.length - 1 && (segments[index]?.end ?? 0) <= at) index++;
    return Math.floor((at + (segments[index]?.offset ?? 0)) / DAY_MS);
  };
}

/** The business days of UTC year `year`, as local day numbers. */
function yearOfBusinessDays(calendar: Calendar, timeZone: string, year: number): Set<number> {
  const first = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  const from = first - 14 * HOUR_MS;
  const to = next + 14 * HOUR_MS;
  const dayOf = localDays(offsetSegments(timeZone, from, to));
  const days = new Set<number>();
  for (const { start, end } of calendar.openIntervals(from, to)) {
    const firstDay = dayOf(start); // before `end - 1`: dayOf takes instants in order
    const lastDay = dayOf(end - 1);
    for (let day = firstDay; day <= lastDay; day++) {
      if (day >= first / DAY_MS && day < next / DAY_MS) days.add(day);
    }
  }
  return days;
}

/** The business days of `calendar`, whose wall times are in `timeZone` (its spec's zone). */
export function businessDaysOf(calendar: Calendar, timeZone: string): BusinessDays {
  if (!isTimeZone(timeZone)) throw invalidInput('timeZone', `unknown time zone "${timeZone}"`);
  const years = new Map<number, Set<number>>();
  const isOpenDay = (day: number): boolean => {
    const year = yearOfDay(day);
    let days = years.get(year);
    if (days === undefined) {
      days = yearOfBusinessDays(calendar, timeZone, year);
      years.set(year, days);
    }
    return days.has(day);
  };
  const search = (date: LocalDate, step: 1 | -1): LocalDate => {
    const start = dayNumber(date, 'date');
    for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
      if (isOpenDay(start + step * offset)) return dateOf(start + step * offset);
    }
    const direction = step === 1 ? 'after' : 'before';
    throw new ProjectsRuleError(
      'no_business_day',
      { direction, date },
      `the calendar has no business day within two years ${direction} ${date}`,
    );
  };
  return {
    isBusinessDay: (date) => isOpenDay(dayNumber(date, 'date')),
    onOrAfter: (date) => search(date, 1),
    onOrBefore: (date) => search(date, -1),
    count: (from, to) => {
      let total = 0;
      const last = dayNumber(to, 'to');
      for (let day = dayNumber(from, 'from'); day <= last; day++) {
        if (isOpenDay(day)) total++;
      }
      return total;
    },
  };
}
