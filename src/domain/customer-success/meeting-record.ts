/**
 * A customer-success meeting as it lives on: its agenda (seed 002 lists the monthly planning's:
 * state of the service, features that could be implemented, implementation activities as
 * tickets), who attends, its minutes once held, moves and cancellation — each change raising the
 * iCalendar sequence so calendars replace their copy — and its event for the contract's feed.
 */
import { type AgencyCalendar, fitsServiceHours, type Span } from '../agency/index.js';
import type { CalendarEvent, MeetingAttendee } from '../meetings/index.js';
import type { LocalDate } from '../time/index.js';
import { customerSuccessError } from './errors.js';
import type { MeetingKind, PlacedMeeting } from './meetings.js';

/** An agenda item: a catalog key of a standard item, or text written for this meeting. */
export type AgendaItem = { readonly key: AgendaKey } | { readonly text: string };

/** The standard agenda items' catalog keys. */
export type AgendaKey =
  | 'customerSuccess.agenda.project_progress'
  | 'customerSuccess.agenda.plan_usage'
  | 'customerSuccess.agenda.next_quarter'
  | 'customerSuccess.agenda.state_of_service'
  | 'customerSuccess.agenda.features_to_implement'
  | 'customerSuccess.agenda.implementation_tickets';

/** Each kind's standard agenda (seed 002, "Planificación de uso del servicio", for the planning). */
export const defaultAgenda: Readonly<Record<MeetingKind, readonly AgendaItem[]>> = {
  quarterly_review: [
    { key: 'customerSuccess.agenda.project_progress' },
    { key: 'customerSuccess.agenda.plan_usage' },
    { key: 'customerSuccess.agenda.next_quarter' },
  ],
  monthly_planning: [
    { key: 'customerSuccess.agenda.state_of_service' },
    { key: 'customerSuccess.agenda.features_to_implement' },
    { key: 'customerSuccess.agenda.implementation_tickets' },
  ],
};

/** What was said and agreed. */
export interface MeetingMinutes {
  readonly notes: string;
  readonly decisions: readonly string[];
  readonly actions: readonly {
    readonly what: string;
    readonly owner: string;
    readonly dueOn: LocalDate;
  }[];
  readonly recordedAt: number;
  readonly recordedBy: string;
}

/** A scheduled customer-success meeting. */
export interface Meeting extends PlacedMeeting {
  readonly clientId: string;
  readonly timeZone: string;
  readonly agenda: readonly AgendaItem[];
  readonly organizer: { readonly name: string; readonly email: string };
  readonly attendees: readonly MeetingAttendee[];
  readonly status: 'scheduled' | 'held' | 'cancelled';
  /** Raised by every move or cancellation (iCalendar SEQUENCE). */
  readonly sequence: number;
  readonly minutes: MeetingMinutes | null;
  /** Who cancelled it and why; absent while it stands. */
  readonly cancellation?: MeetingCancellation;
  /** Its moves, oldest first, each with the time it had before; absent on meetings of before. */
  readonly moves?: readonly MeetingMove[];
}

/** A meeting's move: who moved it (id and name then), when, why if said, and from which time. */
export interface MeetingMove {
  readonly by: string;
  readonly byName: string;
  readonly at: number;
  readonly reason: string | null;
  readonly from: Span;
}

/** A meeting's cancellation. */
export interface MeetingCancellation {
  readonly by: string;
  readonly reason: string;
  readonly at: number;
}

function checkOpen(meeting: Meeting): void {
  if (meeting.status === 'cancelled') {
    throw customerSuccessError(
      'meeting_cancelled',
      { key: meeting.key },
      'the meeting was cancelled',
    );
  }
}

/** The meeting moved to `slot`, which must lie inside service hours; the move is kept on it. */
export function moveMeeting<M extends Meeting>(
  calendar: AgencyCalendar,
  meeting: M,
  slot: Span,
  move: Omit<MeetingMove, 'from'>,
): M {
  checkOpen(meeting);
  if (meeting.status === 'held') {
    throw customerSuccessError('meeting_held', { key: meeting.key }, 'the meeting was held');
  }
  if (!fitsServiceHours(calendar, slot)) {
    throw customerSuccessError(
      'outside_service_hours',
      { key: meeting.key, start: slot.start, end: slot.end },
      'a meeting must lie inside service hours',
      'slot',
    );
  }
  const moves = [...(meeting.moves ?? []), { ...move, from: meeting.slot }];
  return { ...meeting, slot, sequence: meeting.sequence + 1, moves };
}

/** The meeting cancelled (it leaves the feeds; attendees are mailed a METHOD:CANCEL). */
export function cancelMeeting<M extends Meeting>(meeting: M, cancellation: MeetingCancellation): M {
  checkOpen(meeting);
  if (meeting.status === 'held') {
    throw customerSuccessError('meeting_held', { key: meeting.key }, 'the meeting was held');
  }
  return { ...meeting, status: 'cancelled', sequence: meeting.sequence + 1, cancellation };
}

/** The minutes recorded; only once the meeting has started, and never for a cancelled one. */
export function recordMeetingMinutes<M extends Meeting>(meeting: M, minutes: MeetingMinutes): M {
  checkOpen(meeting);
  if (minutes.recordedAt < meeting.slot.start) {
    throw customerSuccessError(
      'meeting_not_started',
      { key: meeting.key, start: meeting.slot.start },
      'minutes are recorded once the meeting has started',
      'recordedAt',
    );
  }
  return { ...meeting, status: 'held', minutes };
}

/** The meeting's iCalendar UID: the same in the feeds and in the invitations mailed. */
export function meetingUid(meeting: Meeting, uidDomain: string): string {
  return `${meeting.clientId}/${meeting.key}@${uidDomain}`;
}

/** The meeting as an event of the contract's iCalendar feed (texts rendered by the caller). */
export function meetingEvent(
  meeting: Meeting,
  texts: { readonly summary: string; readonly description: string },
  feed: { readonly uidDomain: string; readonly stamp: number },
): CalendarEvent {
  return {
    uid: meetingUid(meeting, feed.uidDomain),
    when: { start: meeting.slot.start, end: meeting.slot.end, timeZone: meeting.timeZone },
    summary: texts.summary,
    description: texts.description,
    organizer: meeting.organizer,
    attendees: meeting.attendees,
    sequence: meeting.sequence,
    status: meeting.status === 'cancelled' ? 'cancelled' : 'confirmed',
    stamp: feed.stamp,
  };
}
