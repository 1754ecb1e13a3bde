/**
 * iCalendar (RFC 5545) text for every module that schedules meetings or deadlines: agency
 * ceremonies, sprint boundaries and deliverable deadlines now; customer-success and planning
 * meetings later. Plain event data in, ICS text out; no clock (DTSTAMP is an argument).
 *
 * Timed events carry `TZID=<IANA zone>` with the zone's VTIMEZONE block (from
 * timezones-ical-library, built from the current IANA database) so that Outlook, which ignores
 * zone names it has no VTIMEZONE for, shows them at the right wall time; nothing is floating.
 * Instants reach ical-generator as Luxon DateTimes: given a native Date and a zone it would
 * format the host's wall time under the event's TZID.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { invalidInput } from '../errors.js';

/** Someone invited; `required` marks REQ-PARTICIPANT (else OPT-PARTICIPANT). */
export interface MeetingAttendee {
  readonly email: string;
  readonly name?: string;
  readonly required: boolean;
}

/** When an event happens: instants shown in an IANA zone, or whole local days. */
export type EventTime =
  | { readonly start: number; readonly end: number; readonly timeZone: string }
  | { readonly firstDate: string; readonly lastDate: string };

/** One event as every scheduling module describes it. */
export interface CalendarEvent {
  /** Stable across versions of the event, unique across installations (e.g. `…@pacta`). */
  readonly uid: string;
  readonly when: EventTime;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly organizer?: { readonly name: string; readonly email: string };
  readonly attendees?: readonly MeetingAttendee[];
  /** Incremented each time the event is moved or changed, so clients replace the old copy. */
  readonly sequence: number;
  readonly status: 'confirmed' | 'tentative' | 'cancelled';
  /** When this version of the event was produced (DTSTAMP), epoch ms. */
  readonly stamp: number;
}

/** A feed or an invitation: its name, product id, method and events. */
export interface CalendarDocument {
  readonly name: string;
  /** PRODID parts, e.g. `{ company: 'pacta', product: 'agency' }`. */
  readonly product: { readonly company: string; readonly product: string };
  /** `publish` for subscribed feeds, `request`/`cancel` for invitations sent by mail. */
  readonly method?: 'publish' | 'request' | 'cancel';
  readonly events: readonly CalendarEvent[];
}

const methods = {
  publish: ICalCalendarMethod.PUBLISH,
  request: ICalCalendarMethod.REQUEST,
  cancel: ICalCalendarMethod.CANCEL,
} as const;

const statuses = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

let knownZones: ReadonlySet<string> | undefined;

/** The VTIMEZONE block and the TZID it declares (the library names `UTC` `Etc/UTC`). */
function vtimezone(zone: string, path: string): { block: string; tzid: string } {
  knownZones ??= new Set(tzlib_get_timezones() as string[]);
  const found = knownZones.has(zone) ? tzlib_get_ical_block(zone) : '';
  const [block, tzidLine] = Array.isArray(found) ? found : [];
  if (block === undefined || tzidLine === undefined) {
    throw invalidInput(path, `"${zone}" is not a time zone with iCalendar data`);
  }
  return { block, tzid: tzidLine.replace(/^TZID=/, '') };
}

/** ICS text of a document: one VTIMEZONE per zone used, one VEVENT per event. */
export function renderIcs(document: CalendarDocument): string {
  const blocks = new Map<string, string>();
  const calendar = ical({ name: document.name, prodId: document.product });
  // A null name keeps DTSTAMP in UTC; the generator still adds each event zone's VTIMEZONE.
  calendar.timezone({ name: null, generator: (tzid) => blocks.get(tzid) ?? null });
  if (document.method !== undefined) calendar.method(methods[document.method]);
  for (const [index, event] of document.events.entries()) {
    const path = `events[${index}]`;
    const common = {
      id: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      sequence: event.sequence,
      status: statuses[event.status],
      stamp: DateTime.fromMillis(event.stamp, { zone: 'utc' }),
      organizer: event.organizer ?? null,
      attendees: (event.attendees ?? []).map((attendee) => ({
        email: attendee.email,
        name: attendee.name ?? null,
        role: attendee.required ? ICalAttendeeRole.REQ : ICalAttendeeRole.OPT,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: document.method === 'request',
      })),
    };
    const when = event.when;
    if ('timeZone' in when) {
      if (!(when.end > when.start)) throw invalidInput(`${path}.when.end`, 'must be after start');
      const { block, tzid } = vtimezone(when.timeZone, `${path}.when.timeZone`);
      blocks.set(tzid, block);
      calendar.createEvent({
        ...common,
        timezone: tzid,
        start: DateTime.fromMillis(when.start, { zone: tzid }),
        end: DateTime.fromMillis(when.end, { zone: tzid }),
      });
    } else {
      const first = DateTime.fromISO(when.firstDate, { zone: 'utc' });
      const last = DateTime.fromISO(when.lastDate, { zone: 'utc' });
      if (!first.isValid) throw invalidInput(`${path}.when.firstDate`, 'expected a date');
      if (!last.isValid || last < first) {
        throw invalidInput(`${path}.when.lastDate`, 'expected a date on or after firstDate');
      }
      // DTEND of an all-day event is exclusive: the day after the last one.
      calendar.createEvent({ ...common, allDay: true, start: first, end: last.plus({ days: 1 }) });
    }
  }
  return calendar.toString();
}
