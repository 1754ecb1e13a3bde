import type { CalendarReader, StoredCalendar } from './ports.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stored calendar by the reference a plan holds: its id, or its name (the seed presets use names). */
export function findCalendarByRef(
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>,
  ref: string,
): Promise<StoredCalendar | undefined> {
  return uuidPattern.test(ref) ? calendars.findById(ref) : calendars.findByName(ref);
}
