/**
 * The calendar format (docs: /work/shared/calendar-format.md) as a zod schema, so HTTP can reuse
 * it, and {@link parseCalendarSpec}, which turns the first problem into a DomainError naming the
 * path, e.g. `week.mon[1][0]`: `"25:00" is not a time of day`.
 */
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { holidayRegionsOf, isHolidayCountry } from './holidays.js';
import { DAY_SECONDS, parseLocalDate, parseTimeOfDay } from './time.js';
import { isTimeZone } from './zone.js';

const expected = (what: string) => ({ error: `expected ${what}` });

const timeOfDay = z
  .string(expected('a time of day "HH:MM"'))
  .refine((text) => parseTimeOfDay(text) !== undefined, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a time of day`,
  });

const localDate = z
  .string(expected('a date "YYYY-MM-DD"'))
  .refine((text) => parseLocalDate(text) !== undefined, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a date`,
  });

const interval = z.tuple([timeOfDay, timeOfDay], expected('an interval ["HH:MM", "HH:MM"]'));
const intervals = z.array(interval, expected('a list of intervals'));

const week = z.strictObject(
  {
    mon: intervals.optional(),
    tue: intervals.optional(),
    wed: intervals.optional(),
    thu: intervals.optional(),
    fri: intervals.optional(),
    sat: intervals.optional(),
    sun: intervals.optional(),
  },
  expected('an object of days (mon … sun)'),
);

const holidayRegion = z.strictObject(
  {
    country: z.string(expected('an ISO 3166-1 country code such as "ES"')),
    region: z.string(expected('a subdivision code such as "MD"')).optional(),
  },
  expected('{ "country": "ES", "region": "MD" }'),
);

const shape = z.strictObject(
  {
    timeZone: z.string(expected('an IANA time zone name such as "Europe/Madrid"')),
    week,
    holidays: z.array(localDate, expected('a list of dates')).optional(),
    holidayRegions: z.array(holidayRegion, expected('a list of regions')).optional(),
    overrides: z.record(localDate, intervals, expected('an object of date → intervals')).optional(),
  },
  expected('a calendar object'),
);

type Shape = z.infer<typeof shape>;
type Issue = { message: string; path: (string | number)[] };

/** Rules inside one day's list: no `24:00` start, no empty interval, no overlap (overnight included). */
function dayIssues(
  list: readonly (readonly [string, string])[],
  path: (string | number)[],
): Issue[] {
  const spans: { start: number; end: number; index: number }[] = [];
  for (const [index, [startText, endText]] of list.entries()) {
    const start = parseTimeOfDay(startText) ?? 0;
    const end = parseTimeOfDay(endText) ?? 0;
    if (start === DAY_SECONDS) {
      return [{ message: `"24:00" cannot start an interval`, path: [...path, index, 0] }];
    }
    if (start === end) {
      return [{ message: `the interval ${startText}–${endText} is empty`, path: [...path, index] }];
    }
    spans.push({ start, end: end < start ? end + DAY_SECONDS : end, index });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const [before, after] = [spans[i - 1], spans[i]];
    if (before === undefined || after === undefined || before.end <= after.start) continue;
    const [late, early] = before.index > after.index ? [before, after] : [after, before];
    const other = list[early.index]?.join('–');
    return [
      { message: `overlaps the interval ${other} of the same day`, path: [...path, late.index] },
    ];
  }
  return [];
}

function regionIssues(regions: Shape['holidayRegions']): Issue[] {
  for (const [index, { country, region }] of (regions ?? []).entries()) {
    if (!isHolidayCountry(country)) {
      const message = `${JSON.stringify(country)} is not a supported holiday country`;
      return [{ message, path: ['holidayRegions', index, 'country'] }];
    }
    if (region !== undefined && !holidayRegionsOf(country).includes(region)) {
      const known = holidayRegionsOf(country).join(', ') || 'none';
      const message = `${JSON.stringify(region)} is not a supported region of ${country} (known: ${known})`;
      return [{ message, path: ['holidayRegions', index, 'region'] }];
    }
  }
  return [];
}

function specIssues(spec: Shape): Issue[] {
  if (!isTimeZone(spec.timeZone)) {
    return [
      { message: `${JSON.stringify(spec.timeZone)} is not a known time zone`, path: ['timeZone'] },
    ];
  }
  const days = Object.entries(spec.week).map(([day, list]) => dayIssues(list ?? [], ['week', day]));
  const dates = Object.entries(spec.overrides ?? {}).map(([date, list]) =>
    dayIssues(list, ['overrides', date]),
  );
  return [...days.flat(), ...dates.flat(), ...regionIssues(spec.holidayRegions)];
}

/** The calendar spec schema, shape and semantic rules (zone, overlaps, holiday regions) included. */
export const calendarSpecSchema = shape.superRefine(
  (spec, ctx) => {
    for (const issue of specIssues(spec).slice(0, 1)) ctx.addIssue({ code: 'custom', ...issue });
  },
  { when: (payload) => payload.issues.length === 0 },
);

/** A validated calendar spec: plain JSON, as in calendar-format.md. */
export type CalendarSpec = z.infer<typeof calendarSpecSchema>;

/** `week.mon[1][0]` from `['week', 'mon', 1, 0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function toDomainError(issue: z.core.$ZodIssue): DomainError {
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    const isDay = issue.path.length === 1 && issue.path[0] === 'week';
    const message = isDay
      ? `${JSON.stringify(key)} is not a day (use mon, tue, wed, thu, fri, sat, sun)`
      : `unknown field ${JSON.stringify(key)}`;
    return new DomainError('invalid_calendar', message, formatPath([...issue.path, key]));
  }
  const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
  const path = formatPath(issue.path);
  return new DomainError(
    'invalid_calendar',
    inner ?? issue.message,
    path === '' ? undefined : path,
  );
}

/** Validates untrusted input as a calendar spec; throws DomainError `invalid_calendar` with `path`. */
export function parseCalendarSpec(input: unknown): CalendarSpec {
  const result = calendarSpecSchema.safeParse(input);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  if (issue === undefined) throw new DomainError('invalid_calendar', 'invalid calendar');
  throw toDomainError(issue);
}
