/** Calendar specs for tests and benchmarks: Madrid office hours, changed by overrides. */
import type { CalendarSpec } from '../../src/domain/calendar/spec.js';

/** 08:00–12:00 and 14:00–18:00: the split business day used by tests and the benchmark. */
export const officeHours: [string, string][] = [
  ['08:00', '12:00'],
  ['14:00', '18:00'],
];

/** Mon–Fri {@link officeHours} in Europe/Madrid; `overrides` replace whole top-level fields. */
export function buildCalendarSpec(overrides: Partial<CalendarSpec> = {}): CalendarSpec {
  const day = officeHours;
  const week = { mon: day, tue: day, wed: day, thu: day, fri: day };
  return { timeZone: 'Europe/Madrid', week, ...overrides };
}
