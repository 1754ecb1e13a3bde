/**
 * The contract's business calendar as the agency rules use it: instants (epoch ms) for clocks and
 * meetings, local dates (`YYYY-MM-DD` in the calendar's zone) for sprints and months, and the
 * conversions between them. Every date of the agency module is a date of this calendar.
 */
import { type Calendar, compileCalendar } from '../calendar/calendar.js';
import { parseCalendarSpec } from '../calendar/spec.js';
import { dayKeys, parseLocalDate, parseTimeOfDay } from '../calendar/time.js';
import { formatLocalDay, instantOfWallTime, localDayOf } from '../calendar/wall-clock.js';
import { invalidInput } from '../errors.js';
import { type BusinessDays, businessDaysOf } from '../projects/index.js';
import type { LocalDate } from '../time/index.js';
import { AgencyRuleError } from './errors.js';

/** A contract's compiled calendar with what the agency rules read from its spec. */
export interface AgencyCalendar {
  readonly timeZone: string;
  readonly clock: Calendar;
  /** Days of the week (0 = Sunday) with service hours in a week without holidays. */
  readonly openWeekdays: ReadonlySet<number>;
  /** The local dates with service hours (shared with the projects module's roadmaps). */
  readonly days: BusinessDays;
}

/** An instant range `[start, end)` in epoch ms: a meeting, a sprint, a window. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Validates a calendar spec (calendar-format.md) and compiles it for the agency rules. */
export function agencyCalendarOf(spec: unknown): AgencyCalendar {
  const parsed = parseCalendarSpec(spec);
  const openWeekdays = new Set<number>();
  dayKeys.forEach((key, index) => {
    if ((parsed.week[key] ?? []).length > 0) openWeekdays.add(index);
  });
  const clock = compileCalendar(parsed);
  return {
    timeZone: parsed.timeZone,
    clock,
    openWeekdays,
    days: businessDaysOf(clock, parsed.timeZone),
  };
}

/** The day number of a local date, failing with invalid_input at `path`. */
export function dayNumber(date: LocalDate, path: string): number {
  const day = parseLocalDate(date);
  if (day === undefined) throw invalidInput(path, `"${date}" is not a date like 2026-03-02`);
  return day;
}

/** The date `days` calendar days after `date` (before when negative). */
export function shiftDate(date: LocalDate, days: number): LocalDate {
  return formatLocalDay(dayNumber(date, 'date') + days);
}

/** The first instant of a local date in the calendar's zone. */
export function startOfDate(calendar: AgencyCalendar, date: LocalDate): number {
  return instantOfWallTime(calendar.timeZone, dayNumber(date, 'date'), 0);
}

/** The local date of an instant in the calendar's zone. */
export function dateOf(calendar: AgencyCalendar, at: number): LocalDate {
  return formatLocalDay(localDayOf(calendar.timeZone, at));
}

/** The instant of a wall time (`HH:MM`) on a local date in the calendar's zone. */
export function wallTimeOn(calendar: AgencyCalendar, date: LocalDate, time: string): number {
  const seconds = parseTimeOfDay(time);
  if (seconds === undefined) throw invalidInput('time', `"${time}" is not a time like 09:00`);
  return instantOfWallTime(calendar.timeZone, dayNumber(date, 'date'), seconds);
}

/** The local date span `[from, until)` as instants (local midnights). */
export function spanOfDates(calendar: AgencyCalendar, from: LocalDate, until: LocalDate): Span {
  return { start: startOfDate(calendar, from), end: startOfDate(calendar, until) };
}

/** Whether the service is open at some moment of a local date (a business day). */
export function isBusinessDay(calendar: AgencyCalendar, date: LocalDate): boolean {
  return calendar.days.isBusinessDay(date);
}

/** `date` if it is a business day, else the next one. */
export function businessDayFrom(calendar: AgencyCalendar, date: LocalDate): LocalDate {
  return calendar.days.onOrAfter(date);
}

/** The business days in `[from, until)`, in order. */
export function businessDaysIn(
  calendar: AgencyCalendar,
  from: LocalDate,
  until: LocalDate,
): LocalDate[] {
  const days: LocalDate[] = [];
  for (let date = from; date < until; date = shiftDate(date, 1)) {
    if (calendar.days.isBusinessDay(date)) days.push(date);
  }
  return days;
}

/** Whether `[start, end)` lies wholly inside service hours (a meeting may not cross a closed gap). */
export function fitsServiceHours(calendar: AgencyCalendar, span: Span): boolean {
  return (
    span.end > span.start &&
    calendar.clock.between(span.start, span.end) * 1000 === span.end - span.start
  );
}

/** What a slot search needs: where to look, how long, and the meetings already booked. */
export interface SlotRequest {
  readonly within: Span;
  readonly minutes: number;
  readonly taken?: readonly Span[];
}

/**
 * The earliest `minutes`-long span inside one open interval of the calendar within `within`
 * that overlaps none of `taken`, or null when there is none.
 */
export function findSlot(calendar: AgencyCalendar, request: SlotRequest): Span | null {
  const length = request.minutes * 60_000;
  const taken = [...(request.taken ?? [])].sort((a, b) => a.start - b.start);
  for (const open of calendar.clock.openIntervals(request.within.start, request.within.end)) {
    let start = open.start;
    for (const busy of taken) {
      if (busy.end <= start || busy.start >= start + length) continue;
      start = Math.max(start, busy.end);
    }
    if (start + length <= open.end) return { start, end: start + length };
  }
  return null;
}

/** {@link findSlot}, failing with `no_service_time` when there is no slot. */
export function firstSlot(calendar: AgencyCalendar, request: SlotRequest): Span {
  const slot = findSlot(calendar, request);
  if (slot !== null) return slot;
  throw new AgencyRuleError(
    'no_service_time',
    { from: request.within.start, until: request.within.end, minutes: request.minutes },
    `no ${request.minutes}-minute slot in service hours in the window`,
  );
}
