import { compileCalendar } from '../../domain/calendar/calendar.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { CalendarsDeps, StoredCalendar } from './ports.js';

/** The named calendars (staff and partners). */
export async function listCalendars(
  options: Pick<CalendarsDeps, 'calendars'> & { actor: Actor },
): Promise<StoredCalendar[]> {
  authorise(options.actor, 'calendars.read');
  return options.calendars.list();
}

/** One named calendar. */
export async function readCalendar(
  options: Pick<CalendarsDeps, 'calendars'> & { actor: Actor; calendarId: string },
): Promise<StoredCalendar> {
  authorise(options.actor, 'calendars.read');
  const calendar = await options.calendars.findById(options.calendarId);
  if (!calendar) throw new DomainError('not_found', 'no such calendar');
  return calendar;
}

/** The open stretches of a named calendar between two instants (epoch ms), for previews. */
export async function readOpenIntervals(
  options: Pick<CalendarsDeps, 'calendars'> & {
    actor: Actor;
    calendarId: string;
    from: number;
    to: number;
  },
): Promise<{ start: number; end: number }[]> {
  const calendar = compileCalendar((await readCalendar(options)).spec);
  return calendar.openIntervals(options.from, options.to);
}
