/** Customer-success records as the API shows them (instants as ISO strings). */
import type { z } from 'zod';
import type { MeetingWithForecast, SuccessView } from '../../../app/success/index.js';
import type {
  AccountMeeting,
  AccountRequest,
  CsmAssignment,
} from '../../../domain/customer-success/index.js';
import type { accountRequestView, meetingView, successView } from './schema.js';

const iso = (at: number) => new Date(at).toISOString();

/** A meeting; `forecast` only for a planning meeting read with it. */
export function presentMeeting(
  meeting: AccountMeeting | MeetingWithForecast,
): z.infer<typeof meetingView> {
  return {
    id: meeting.id,
    kind: meeting.kind,
    start: iso(meeting.slot.start),
    end: iso(meeting.slot.end),
    timeZone: meeting.timeZone,
    status: meeting.status,
    agenda: [...meeting.agenda],
    organizer: meeting.organizer,
    sequence: meeting.sequence,
    // Contacts are invited first, then users (as scheduling lists them).
    attendees: meeting.attendees.map((a, n) => ({
      contactId: meeting.contactIds[n] ?? null,
      userId: meeting.userIds?.[n - meeting.contactIds.length] ?? null,
      name: a.name ?? null,
      email: a.email,
    })),
    cancellationReason: meeting.cancellation?.reason ?? null,
    moves: (meeting.moves ?? []).map((move) => ({
      by: move.by,
      byName: move.byName,
      at: iso(move.at),
      reason: move.reason,
      previousStart: iso(move.from.start),
      previousEnd: iso(move.from.end),
    })),
    minutes: meeting.minutes && {
      notes: meeting.minutes.notes,
      decisions: [...meeting.minutes.decisions],
      recordedAt: iso(meeting.minutes.recordedAt),
      recordedBy: meeting.minutes.recordedBy,
    },
    forecast: 'forecast' in meeting ? meeting.forecast : null,
  };
}

/** An account request. */
export function presentRequest(request: AccountRequest): z.infer<typeof accountRequestView> {
  return {
    id: request.id,
    kind: request.kind,
    description: request.description,
    raisedBy: request.raisedBy,
    raisedAt: iso(request.raisedAt),
    answerDueOn: request.answerDueOn,
    status: request.status,
    steps: request.steps.map((step) => ({ ...step, at: iso(step.at) })),
  };
}

/** CSM assignments. */
export function presentAssignments(list: readonly CsmAssignment[]) {
  return list.map(({ csmUserId, from, until }) => ({ csmUserId, from, until }));
}

/** A contract's customer success. */
export function presentSuccess(view: SuccessView): z.infer<typeof successView> {
  return {
    contractId: view.contractId,
    timeZone: view.timeZone,
    firstLine: view.firstLine.kind,
    csm: view.csm,
    partnerName: view.partnerName,
    assignments: presentAssignments(view.assignments),
    meetings: view.meetings.map(presentMeeting),
    requests: view.requests.map(presentRequest),
    suggestedQuarterly: view.suggestedQuarterly && {
      start: iso(view.suggestedQuarterly.start),
      end: iso(view.suggestedQuarterly.end),
    },
  };
}
