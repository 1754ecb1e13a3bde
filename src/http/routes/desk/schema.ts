import { z } from 'zod';
import type { ComplianceVerdict, StepCode } from '../../../domain/sla/index.js';
import { calendarKeys, clockNames, slaStates } from '../../../domain/sla/index.js';
import { ticketStatuses } from '../../../domain/tickets/status.js';
import {
  channels,
  criticalities,
  incidentSeverities,
  requestOutcomes,
  supportLevels,
  urgencyTypes,
} from '../../../domain/tickets/vocabulary.js';
import { instant, localDate } from '../common/schema.js';

/** A request's kind with its detail (a severity for incidents, a type for urgencies). */
export const classificationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question') }),
  z.object({ kind: z.literal('incident'), severity: z.enum(incidentSeverities) }),
  z.object({ kind: z.literal('corrective') }),
  z.object({ kind: z.literal('evolutive') }),
  z.object({ kind: z.literal('urgency'), urgency: z.enum(urgencyTypes) }),
  z.object({ kind: z.literal('out_of_scope') }),
]);

/** Body of a new ticket. */
export const newTicketBody = z.object({
  contractId: z.uuid(),
  requesterId: z
    .uuid()
    .optional()
    .describe('who asks; ignored for client users, who always ask for themselves'),
  channel: z.enum(channels).default('portal'),
  classification: classificationSchema,
  criticality: z.enum(criticalities),
  subject: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(50_000),
});

/** Query of the ticket list. */
export const ticketQuery = z.object({
  status: z
    .array(z.enum(ticketStatuses))
    .or(z.enum(ticketStatuses).transform((s) => [s]))
    .optional(),
  slaState: z
    .array(z.enum(slaStates))
    .or(z.enum(slaStates).transform((s) => [s]))
    .optional(),
  dueBefore: z.iso.datetime({ offset: true }).optional(),
  requesterId: z.uuid().optional(),
  criticality: z.enum(criticalities).optional(),
  contractId: z.uuid().optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('text in the subject or a public message'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** Body of a reply. */
export const replyBody = z.object({
  body: z.string().trim().min(1).max(50_000),
  automatic: z
    .boolean()
    .default(false)
    .describe('acknowledgements and bots: never a first response'),
  setStatus: z.enum(['open', 'waiting_client', 'waiting_vendor', 'resolved']).optional(),
});

/** Body of a ticket update. */
export const updateBody = z
  .object({
    criticality: z.enum(criticalities),
    classification: classificationSchema,
    level: z.enum(supportLevels),
    assigneeId: z.uuid().nullable(),
    outcome: z.enum(requestOutcomes).nullable(),
    subject: z.string().trim().min(1).max(300),
  })
  .partial()
  .strict();

/** A ticket as lists show it. */
export const ticketView = z
  .object({
    id: z.string(),
    number: z.string(),
    contractId: z.string(),
    clientId: z.string(),
    requesterId: z.string(),
    assigneeId: z.string().nullable(),
    subject: z.string(),
    channel: z.enum(channels),
    classification: classificationSchema,
    criticality: z.enum(criticalities),
    level: z.enum(supportLevels),
    status: z.enum(ticketStatuses),
    outcome: z.enum(requestOutcomes).nullable(),
    slaState: z.enum(slaStates).nullable(),
    slaDueAt: instant.nullable(),
    firstResponseOutcome: z.enum(['met', 'breached']).nullable(),
    clientLate: z.boolean(),
    openedAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Ticket' });

/** Every explanation step code (the compiler checks the list against the domain's steps). */
const stepCodes = {
  started: true,
  opened_outside_hours: true,
  paused_waiting_client: true,
  paused_waiting_vendor: true,
  paused_resolved: true,
  criticality_changed: true,
  kind_changed: true,
  automatic_reply_ignored: true,
  responded: true,
  resolved: true,
  closed: true,
  client_wait_ended: true,
  reopened: true,
  breached: true,
  due: true,
} satisfies Record<StepCode, true>;

/** One SLA clock with its explanation, in the asked language. */
export const clockView = z.object({
  name: z.enum(clockNames),
  calendar: z.enum(calendarKeys),
  state: z.enum(['running', 'paused', 'at_risk', 'met', 'breached']),
  targetSeconds: z.number().int(),
  usedSeconds: z.number().int(),
  remainingSeconds: z.number().int(),
  due: instant.nullable(),
  atRiskAt: instant.nullable(),
  breachedAt: instant.nullable(),
  explanation: z.array(
    z.object({
      code: z.enum(Object.keys(stepCodes) as [StepCode, ...StepCode[]]),
      text: z.string(),
    }),
  ),
});

/** A public reply or (for the provider's side) an internal note. */
export const messageView = z.object({
  id: z.string(),
  authorId: z.string().nullable(),
  visibility: z.enum(['public', 'internal']),
  automatic: z.boolean(),
  body: z.string(),
  /** Files that came with it; `id` downloads one at `/api/mail/attachments/{id}`. */
  attachments: z.array(
    z.object({
      id: z.string().nullable(),
      name: z.string(),
      contentType: z.string(),
      bytes: z.number().int(),
    }),
  ),
  createdAt: instant,
});

/** A ticket with its conversation and clocks. */
export const ticketDetailView = z.object({
  ticket: ticketView,
  messages: z.array(messageView),
  sla: z.object({
    firstResponse: clockView.nullable(),
    resolution: clockView.nullable(),
    client: clockView.nullable(),
    clientLate: z.boolean(),
  }),
});

/** `?locale=` for explanations; the user's locale by default. */
export const localeQuery = z.object({ locale: z.enum(['es', 'en']).optional() });

/** Every compliance verdict (checked against the domain's). */
const verdicts = {
  met: true,
  missed: true,
  not_enough_tickets: true,
} satisfies Record<ComplianceVerdict, true>;

/** First-response compliance of a contract for one period, per criticality. */
export const complianceView = z.object({
  period: z.object({ start: localDate, end: localDate }),
  rows: z.array(
    z.object({
      criticality: z.enum(criticalities),
      met: z.number().int(),
      total: z.number().int(),
      percent: z.number().nullable(),
      target: z.number(),
      minimumSample: z.number().int(),
      verdict: z.enum(Object.keys(verdicts) as [ComplianceVerdict, ...ComplianceVerdict[]]),
      deemedMet: z.boolean().describe('seed 002: a period under the minimum sample counts as met'),
    }),
  ),
});

/** An SLA at-risk or breach notice. */
export const noticeView = z.object({
  id: z.string(),
  ticketId: z.string(),
  clock: z.enum(clockNames),
  kind: z.enum(['at_risk', 'breached']),
  moment: instant,
  createdAt: instant,
});
