/** The customer-success API's request and response schemas. */
import { z } from 'zod';
import {
  accountRequestKinds,
  accountRequestStatuses,
  meetingKinds,
} from '../../../domain/customer-success/index.js';
import { instant, localDate } from '../common/schema.js';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().trim().min(1).max(max);

/** Path of a contract's customer-success routes. */
export const contractParams = z.object({ contractId: id });
/** Path of routes on one meeting. */
export const meetingParams = contractParams.extend({ meetingId: id });
/** Path of routes on one account request. */
export const requestParams = contractParams.extend({ requestId: id });

/** Body of assigning the client's CSM. */
export const csmBody = z.strictObject({ csmUserId: z.uuid(), from: localDate.optional() });
/** Body of scheduling a meeting on an agreed date. */
export const meetingBody = z.strictObject({
  kind: z.enum(meetingKinds),
  start: z.iso.datetime({ offset: true }),
  minutes: z.number().int().min(15).max(240),
  agenda: z.array(text(500)).max(30).default([]),
  contactIds: z.array(z.uuid()).max(50).default([]),
  userIds: z.array(z.uuid()).max(50).default([]),
});
/** Body of moving a meeting to a new start (its length kept), optionally saying why. */
export const moveMeetingBody = z.strictObject({
  start: z.iso.datetime({ offset: true }),
  reason: z.string().trim().max(1000).optional(),
});
/** Body of cancelling a meeting: why (its attendees are told). */
export const cancelMeetingBody = z.strictObject({ reason: text(1000) });
/** Body of recording a meeting's minutes. */
export const minutesBody = z.strictObject({
  notes: text(20_000),
  decisions: z.array(text(1000)).max(50).default([]),
});
/** Body of an account request. */
export const requestBody = z.strictObject({
  kind: z.enum(accountRequestKinds),
  description: text(5000),
});
/** Body of moving an account request. */
export const requestStatusBody = z.strictObject({
  status: z.enum(['accepted', 'declined', 'done']),
  note: z.string().trim().max(2000).default(''),
});

const agendaItemView = z.union([z.object({ key: z.string() }), z.object({ text: z.string() })]);

/** A meeting as the API shows it. */
export const meetingView = z.object({
  id: z.string(),
  kind: z.enum(meetingKinds),
  start: instant,
  end: instant,
  timeZone: z.string(),
  status: z.enum(['scheduled', 'held', 'cancelled']),
  agenda: z.array(agendaItemView),
  organizer: z.object({ name: z.string(), email: z.string() }),
  /** iCalendar SEQUENCE: raised by each move and the cancellation. */
  sequence: z.number().int(),
  attendees: z.array(
    z.object({
      contactId: z.string().nullable(),
      userId: z.string().nullable(),
      name: z.string().nullable(),
      email: z.string(),
    }),
  ),
  cancellationReason: z.string().nullable(),
  /** Its moves, oldest first: who, when, why (null when not said) and the time it had. */
  moves: z.array(
    z.object({
      by: z.string(),
      byName: z.string(),
      at: instant,
      reason: z.string().nullable(),
      previousStart: instant,
      previousEnd: instant,
    }),
  ),
  minutes: z
    .object({
      notes: z.string(),
      decisions: z.array(z.string()),
      recordedAt: instant,
      recordedBy: z.string(),
    })
    .nullable(),
  forecast: z
    .object({
      forecastMinutes: z.number(),
      availableMinutes: z.number(),
      shortfallMinutes: z.number(),
      idleMinutes: z.number(),
    })
    .nullable(),
});

/** Someone the attendee picker offers. */
export const inviteeView = z.object({
  kind: z.enum(['contact', 'user']),
  id: z.string(),
  name: z.string(),
  email: z.string(),
  side: z.enum(['client', 'staff']),
});
/** The people who may be invited to the contract's meetings. */
export const inviteesView = z.object({ items: z.array(inviteeView) });

/** An account request as the API shows it. */
export const accountRequestView = z.object({
  id: z.string(),
  kind: z.enum(accountRequestKinds),
  description: z.string(),
  raisedBy: z.string(),
  raisedAt: instant,
  answerDueOn: localDate,
  status: z.enum(accountRequestStatuses),
  steps: z.array(
    z.object({
      status: z.enum(accountRequestStatuses),
      by: z.string(),
      at: instant,
      note: z.string(),
    }),
  ),
});

const assignmentView = z.object({
  csmUserId: z.string(),
  from: localDate,
  until: localDate.nullable(),
});

/** The CSM assignments of the contract's client. */
export const assignmentsView = z.object({ items: z.array(assignmentView) });

/** A contract's customer success. */
export const successView = z.object({
  contractId: z.string(),
  timeZone: z.string(),
  firstLine: z.enum(['csm', 'partner', 'unassigned']),
  csm: z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable(),
  partnerName: z.string().nullable(),
  assignments: z.array(assignmentView),
  meetings: z.array(meetingView),
  requests: z.array(accountRequestView),
  suggestedQuarterly: z.object({ start: instant, end: instant }).nullable(),
});
