import { z } from 'zod';
import { slaStates } from '../../../domain/sla/index.js';
import { ticketStatuses } from '../../../domain/tickets/status.js';
import {
  channels,
  criticalities,
  incidentSeverities,
  requestOutcomes,
  supportLevels,
  urgencyTypes,
} from '../../../domain/tickets/vocabulary.js';

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
    channel: z.string(),
    classification: z.record(z.string(), z.unknown()),
    criticality: z.string(),
    level: z.string(),
    status: z.string(),
    outcome: z.string().nullable(),
    slaState: z.string().nullable(),
    slaDueAt: z.string().nullable(),
    firstResponseOutcome: z.string().nullable(),
    clientLate: z.boolean(),
    openedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Ticket' });

/** One SLA clock with its explanation. */
export const clockView = z.object({
  name: z.string(),
  calendar: z.string(),
  state: z.string(),
  targetSeconds: z.number(),
  usedSeconds: z.number(),
  remainingSeconds: z.number(),
  due: z.string().nullable(),
  atRiskAt: z.string().nullable(),
  breachedAt: z.string().nullable(),
  explanation: z.array(z.object({ code: z.string(), text: z.string() })),
});

/** A ticket with its conversation and clocks. */
export const ticketDetailView = z.object({
  ticket: ticketView,
  messages: z.array(
    z.object({
      id: z.string(),
      authorId: z.string().nullable(),
      visibility: z.string(),
      automatic: z.boolean(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  sla: z.object({
    firstResponse: clockView.nullable(),
    resolution: clockView.nullable(),
    client: clockView.nullable(),
    clientLate: z.boolean(),
  }),
});

/** `?locale=` for explanations; the user's locale by default. */
export const localeQuery = z.object({ locale: z.enum(['es', 'en']).optional() });

/** First-response compliance of a contract for one period, per criticality. */
export const complianceView = z.object({
  period: z.object({ start: z.string(), end: z.string() }),
  rows: z.array(z.record(z.string(), z.unknown())),
});

/** An SLA at-risk or breach notice. */
export const noticeView = z.object({
  id: z.string(),
  ticketId: z.string(),
  clock: z.string(),
  kind: z.string(),
  moment: z.string(),
  createdAt: z.string(),
});
