/**
 * A meeting agreed with the client on a date (seed 002 §3: the monthly planning, "de no más de
 * 2 horas", "en una fecha acordada"; seed 001: the quarterly review): it lasts at most its kind's
 * limit and lies wholly inside the contract's service hours on its business calendar. The next
 * quarterly review is suggested from the contract's quarters.
 */
import {
  type AgencyCalendar,
  dateOf,
  fitsServiceHours,
  type Span,
  startOfDate,
} from '../agency/index.js';
import type { MeetingAttendee } from '../meetings/index.js';
import { addMonths, type LocalDate } from '../time/index.js';
import { customerSuccessError } from './errors.js';
import { type AgendaItem, defaultAgenda, type Meeting } from './meeting-record.js';
import { lengthOf, type MeetingKind, meetingWindows, placeMeetings } from './meetings.js';

/** A meeting of one contract, with the contacts invited (the 360° view lists it for them). */
export interface AccountMeeting extends Meeting {
  readonly id: string;
  readonly contractId: string;
  readonly contactIds: readonly string[];
  /** Users invited (the client's users, provider staff); absent on meetings of before. */
  readonly userIds?: readonly string[];
}

/** An invitee: a contact of the client, or a user (of the client or the provider's staff). */
export type MeetingInvitee = MeetingAttendee &
  ({ readonly contactId: string } | { readonly userId: string });

/** What scheduling a meeting says. */
export interface MeetingAgreement {
  readonly id: string;
  readonly contractId: string;
  readonly clientId: string;
  readonly kind: MeetingKind;
  readonly start: number;
  readonly minutes: number;
  /** The standard agenda of its kind when empty. */
  readonly agenda: readonly AgendaItem[];
  readonly organizer: { readonly name: string; readonly email: string };
  readonly attendees: readonly MeetingInvitee[];
}

/** The meeting on its agreed date, refused when too long or outside service hours. */
export function agreeMeeting(calendar: AgencyCalendar, agreed: MeetingAgreement): AccountMeeting {
  const minutes = lengthOf(agreed.kind, agreed.minutes);
  const slot: Span = { start: agreed.start, end: agreed.start + minutes * 60_000 };
  if (!fitsServiceHours(calendar, slot)) {
    throw customerSuccessError(
      'outside_service_hours',
      { start: slot.start, end: slot.end },
      "a meeting lies inside the contract's service hours",
      'start',
    );
  }
  return {
    id: agreed.id,
    key: `meeting-${agreed.id}`,
    contractId: agreed.contractId,
    clientId: agreed.clientId,
    kind: agreed.kind,
    slot,
    timeZone: calendar.timeZone,
    agenda: agreed.agenda.length > 0 ? agreed.agenda : defaultAgenda[agreed.kind],
    organizer: agreed.organizer,
    attendees: agreed.attendees.map(({ email, name, required }) => ({
      email,
      ...(name === undefined ? {} : { name }),
      required,
    })),
    contactIds: agreed.attendees.flatMap((a) => ('contactId' in a ? [a.contactId] : [])),
    userIds: agreed.attendees.flatMap((a) => ('userId' in a ? [a.userId] : [])),
    status: 'scheduled',
    sequence: 0,
    minutes: null,
  };
}

/**
 * The next quarterly review's suggested slot: in the first contract quarter whose closing
 * two-week window starts after `now` and that holds no quarterly review yet, placed clear of the
 * meetings already booked.
 */
export function suggestQuarterly(
  calendar: AgencyCalendar,
  contractStart: LocalDate,
  today: LocalDate,
  now: number,
  meetings: readonly AccountMeeting[],
): Span | null {
  const booked = meetings.filter((m) => m.status !== 'cancelled');
  const window = meetingWindows(
    calendar,
    'quarterly_review',
    contractStart,
    addMonths(today, 6),
  ).find((w) => {
    const quarterStart = startOfDate(calendar, addMonths(dateOf(calendar, w.window.end), -3));
    return (
      w.window.start > now &&
      !booked.some(
        (m) =>
          m.kind === 'quarterly_review' &&
          m.slot.start >= quarterStart &&
          m.slot.start < w.window.end,
      )
    );
  });
  if (window === undefined) return null;
  const [placed] = placeMeetings(calendar, [window], {
    taken: booked.map((m) => m.slot),
  });
  return placed?.slot ?? null;
}
