/**
 * What one `POST /api/calendars/evaluate` may ask, checked before any case runs: the work of a
 * request grows with its cases, the distinct calendars (each compiled), the public-holiday
 * regions they name and the years its instants span (holidays are computed per region and year).
 * The largest request these bounds let through is measured beside `/health` in
 * test/http/calendar-evaluate-bounds.test.ts; larger batches belong to `pacta calendar eval`, a
 * process of their own.
 */
import { invalidInput } from '../../../domain/errors.js';

/** Most cases one request may carry. */
export const maxEvaluateCases = 1000;
/** Most distinct calendars one request may use. */
export const maxEvaluateCalendars = 10;
/** Most distinct public-holiday regions (country or country/region) over the request's calendars. */
export const maxEvaluateHolidayRegions = 5;
/** Most calendar years the instants of one request may span, first to last. */
export const maxEvaluateYears = 5;
/** Largest `seconds` an `add` may ask for: a year of wall time. */
export const maxEvaluateAddSeconds = 366 * 24 * 3600;

const instantFields = ['at', 'from', 'to'] as const;

/** Throws `invalid_input` naming the first case and field past a bound; malformed cases pass to be answered one by one. */
export function checkEvaluateBounds(cases: readonly unknown[]): void {
  const calendars = new Set<string>();
  const regions = new Set<string>();
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;
  cases.forEach((item, index) => {
    if (!isRecord(item)) return;
    const calendar = JSON.stringify(item.calendar) ?? 'null';
    if (!calendars.has(calendar)) {
      calendars.add(calendar);
      if (calendars.size > maxEvaluateCalendars)
        throw beyond(index, 'calendar', `at most ${maxEvaluateCalendars} distinct calendars`);
      for (const region of holidayRegionsOf(item.calendar)) regions.add(region);
      if (regions.size > maxEvaluateHolidayRegions) {
        const message = `at most ${maxEvaluateHolidayRegions} distinct holiday regions`;
        throw beyond(index, 'calendar.holidayRegions', message);
      }
    }
    for (const field of instantFields) {
      const year = yearOf(item[field]);
      if (year === undefined) continue;
      firstYear = Math.min(firstYear, year);
      lastYear = Math.max(lastYear, year);
      if (lastYear - firstYear + 1 > maxEvaluateYears)
        throw beyond(index, field, `instants spanning at most ${maxEvaluateYears} years`);
    }
    if (typeof item.seconds === 'number' && Math.abs(item.seconds) > maxEvaluateAddSeconds)
      throw beyond(index, 'seconds', `at most ${maxEvaluateAddSeconds} seconds in one add`);
  });
}

function beyond(index: number, field: string, limit: string) {
  return invalidInput(
    `${index}.${field}`,
    `one evaluate request takes ${limit}; split the batch or use pacta calendar eval`,
  );
}

function holidayRegionsOf(calendar: unknown): string[] {
  if (!isRecord(calendar) || !Array.isArray(calendar.holidayRegions)) return [];
  return calendar.holidayRegions.map((region) => JSON.stringify(region) ?? 'null');
}

function yearOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).getUTCFullYear();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
