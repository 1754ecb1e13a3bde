/**
 * Test-data builders for implementation projects (`buildX(overrides)`, DESIGN.md rule 8):
 * business days of seed-like calendars in the three zones Pacta's users work in.
 */
import { compileCalendar } from '../../src/domain/calendar/calendar.js';
import type { CalendarSpec } from '../../src/domain/calendar/spec.js';
import { type BusinessDays, businessDaysOf } from '../../src/domain/projects/business-days.js';

/** The zones of the tests and their public holidays (Madrid with its region's). */
export const zones = {
  madrid: { timeZone: 'Europe/Madrid', holidayRegions: [{ country: 'ES', region: 'MD' }] },
  santiago: { timeZone: 'America/Santiago', holidayRegions: [{ country: 'CL' }] },
  bogota: { timeZone: 'America/Bogota', holidayRegions: [{ country: 'CO' }] },
} as const;

/** One of {@link zones}. */
export type ZoneName = keyof typeof zones;

/** Mon–Fri 09:00–18:00 (seed 002's "LU - VI 09AM - 06PM") in a zone with its holidays. */
export function buildOfficeSpec(
  zone: ZoneName,
  overrides: Partial<CalendarSpec> = {},
): CalendarSpec {
  const day: [string, string][] = [['09:00', '18:00']];
  return {
    ...zones[zone],
    week: { mon: day, tue: day, wed: day, thu: day, fri: day },
    ...overrides,
  } as CalendarSpec;
}

/** The business days of a calendar spec. */
export function businessDaysFor(spec: CalendarSpec): BusinessDays {
  return businessDaysOf(compileCalendar(spec), spec.timeZone);
}

/** An id minter like the Ids port: `<prefix>-1`, `<prefix>-2`, … */
export function sequentialIds(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}
