/**
 * The calendar spec as the editor handles it (calendar-format.md v1): plain JSON the server
 * validates. The editor changes only the parts it shows and keeps everything else (overrides,
 * fields it does not know) untouched.
 */

/** Days of the week, in the order the editor shows them (Monday first). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One of {@link weekdays}. */
export type Weekday = (typeof weekdays)[number];

/** Local wall times `["HH:MM", "HH:MM"]`; an end before the start runs overnight. */
export type Interval = [string, string];

/** A region whose public holidays close the service. */
export interface HolidayRegion {
  country: string;
  region?: string;
}

/** A calendar specification; extra keys are kept as they are. */
export interface CalendarSpec {
  timeZone: string;
  week: Partial<Record<Weekday, Interval[]>>;
  holidays?: string[];
  holidayRegions?: HolidayRegion[];
  overrides?: Record<string, Interval[]>;
  [other: string]: unknown;
}

/** A new calendar: Monday to Friday 09:00–18:00 in the given zone. */
export function defaultSpec(timeZone: string): CalendarSpec {
  const day = (): Interval[] => [['09:00', '18:00']];
  return { timeZone, week: { mon: day(), tue: day(), wed: day(), thu: day(), fri: day() } };
}

function minutesOf(text: string): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]) + Number(match[3] ?? 0) / 60;
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** Open minutes a week's intervals add up to (overnight intervals counted whole); bad times count 0. */
export function weeklyMinutes(spec: Pick<CalendarSpec, 'week'>): number {
  let total = 0;
  for (const day of weekdays) {
    for (const [startText, endText] of spec.week[day] ?? []) {
      const start = minutesOf(startText);
      const end = minutesOf(endText);
      if (start === undefined || end === undefined) continue;
      total += end > start ? end - start : end + 24 * 60 - start;
    }
  }
  return total;
}

/** Whether a parsed JSON value has the two required parts of a spec, so the form can show it. */
export function looksLikeSpec(value: unknown): value is CalendarSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { timeZone, week } = value as Record<string, unknown>;
  if (typeof timeZone !== 'string' || typeof week !== 'object' || week === null) return false;
  return Object.values(week).every(
    (list) =>
      Array.isArray(list) &&
      list.every(
        (pair) =>
          Array.isArray(pair) && pair.length === 2 && pair.every((t) => typeof t === 'string'),
      ),
  );
}

/** The spec as indented JSON with each interval on one line: `["09:00", "18:00"]`. */
export function specJson(spec: unknown): string {
  return JSON.stringify(spec, null, 2).replace(/\[\s+("[^"]*"),\s+("[^"]*")\s+\]/g, '[$1, $2]');
}

/** The browser's own time zone, the default for a new calendar. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
