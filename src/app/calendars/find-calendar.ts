import { roundTheClock } from '../../domain/contracts/index.js';
import { invalidInput } from '../../domain/errors.js';
import type { CalendarReader, StoredCalendar } from './ports.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stored calendar by the reference a plan holds: its id, or its name (the seed presets use names). */
export function findCalendarByRef(
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>,
  ref: string,
): Promise<StoredCalendar | undefined> {
  return uuidPattern.test(ref) ? calendars.findById(ref) : calendars.findByName(ref);
}

/** The calendar references plan parameters (or a change to them) hold. */
export interface CalendarRefs {
  readonly calendarId?: string | undefined;
  readonly urgentResponse?: { readonly calendarId: string } | null | undefined;
}

/** A calendar reference no stored calendar answers, with the input path that holds it. */
export interface UndefinedCalendarRef {
  readonly ref: string;
  readonly path: string;
}

/**
 * The references in `refs` that name no stored calendar, with their paths under `path`
 * (`<path>.calendarId`, `<path>.urgentResponse.calendarId`): a plan on them could not time its
 * first ticket. The built-in 24/7 calendar always exists.
 */
export async function undefinedCalendarRefs(
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>,
  refs: CalendarRefs,
  path: string,
): Promise<UndefinedCalendarRef[]> {
  const named: [string | undefined, string][] = [
    [refs.calendarId, `${path}.calendarId`],
    [refs.urgentResponse?.calendarId, `${path}.urgentResponse.calendarId`],
  ];
  const missing: UndefinedCalendarRef[] = [];
  for (const [ref, at] of named) {
    if (ref === undefined || ref === roundTheClock) continue;
    if (!(await findCalendarByRef(calendars, ref))) missing.push({ ref, path: at });
  }
  return missing;
}

/** The error for a calendar reference nothing defines: invalid_input at the reference's path. */
export function undefinedCalendar({ ref, path }: UndefinedCalendarRef) {
  return invalidInput(path, `no calendar "${ref}": define it under Calendars first`);
}

/** Refuses plan parameters naming a calendar the installation does not define (see {@link undefinedCalendarRefs}). */
export async function assertCalendarsDefined(
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>,
  refs: CalendarRefs,
  path: string,
): Promise<void> {
  const [missing] = await undefinedCalendarRefs(calendars, refs, path);
  if (missing) throw undefinedCalendar(missing);
}
