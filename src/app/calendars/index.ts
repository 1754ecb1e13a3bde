/** The calendars module's public surface: named business calendars, stored and read by reference. */
export {
  assertCalendarsDefined,
  type CalendarRefs,
  findCalendarByRef,
  undefinedCalendar,
  undefinedCalendarRefs,
} from './find-calendar.js';
export type {
  CalendarReader,
  CalendarRepository,
  CalendarsDeps,
  CalendarsTx,
  StoredCalendar,
} from './ports.js';
export { listCalendars, readCalendar, readOpenIntervals } from './read-calendars.js';
export { saveCalendar } from './save-calendar.js';
export { calendarsData } from './stored-data.js';
