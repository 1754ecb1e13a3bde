/**
 * Reading iCalendar text in tests with ical.js, resolving zones only through the text's own
 * VTIMEZONE blocks (as Outlook does), so a missing or wrong block shows up as a wrong instant.
 */
import ICAL from 'ical.js';

/** One parsed event: wall time and zone as written, and the instant they resolve to. */
export interface ParsedEvent {
  readonly summary: string;
  readonly description: string | undefined;
  readonly sequence: number;
  readonly status: string | undefined;
  readonly wall: string;
  readonly tzid: string | undefined;
  readonly utc: string;
  readonly allDay: boolean;
}

/** The calendar's METHOD and its events by UID. */
export function parseIcs(text: string): {
  method: string | undefined;
  events: Map<string, ParsedEvent>;
} {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = new Map(
    root.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const dtstart = component.getFirstProperty('dtstart');
      const status = component.getFirstPropertyValue('status');
      return [
        event.uid,
        {
          summary: event.summary,
          description: event.description ?? undefined,
          sequence: event.sequence,
          status: typeof status === 'string' ? status : undefined,
          wall: event.startDate.toString().slice(0, 16),
          tzid: dtstart?.getParameter('tzid') as string | undefined,
          utc: event.startDate.toJSDate().toISOString(),
          allDay: event.startDate.isDate,
        },
      ];
    }),
  );
  const method = root.getFirstPropertyValue('method');
  return { method: typeof method === 'string' ? method : undefined, events };
}

/** The events by UID. */
export function parseFeed(text: string): Map<string, ParsedEvent> {
  return parseIcs(text).events;
}
