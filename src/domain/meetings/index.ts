/** Meetings shared by every scheduling module: the iCalendar rendering of events. */
export {
  type CalendarDocument,
  type CalendarEvent,
  type EventTime,
  type MeetingAttendee,
  renderIcs,
} from './ical.js';
