import { z } from 'zod';
import { errorCodes } from '../../../domain/errors.js';
import { roles } from '../../../domain/identity/roles.js';
import type { ComplianceVerdict, StepCode } from '../../../domain/sla/index.js';
import { calendarKeys, clockNames, slaStates } from '../../../domain/sla/index.js';
import {
  historyActions,
  maxPageSize,
  messageVisibilities,
  noteAudiences,
  queueSorts,
  sortDirections,
} from '../../../domain/tickets/index.js';
import { ticketStatuses } from '../../../domain/tickets/status.js';
import {
  channels,
  criticalities,
  incidentSeverities,
  requestOutcomes,
  supportLevels,
  ticketKinds,
  urgencyTypes,
} from '../../../domain/tickets/vocabulary.js';
import { instant, jsonObject, localDate } from '../common/schema.js';
import { workView } from '../hour-bank/schema.js';

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

/** Query of the ticket list: filters, order and page, as the queue keeps them in its address. */
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
  clientId: z.uuid().optional(),
  criticality: z.enum(criticalities).optional(),
  contractId: z.uuid().optional(),
  kind: z.enum(ticketKinds).optional(),
  level: z.enum(supportLevels).optional(),
  channel: z.enum(channels).optional(),
  assignee: z
    .union([z.enum(['mine', 'unassigned']), z.uuid()])
    .optional()
    .describe('"mine", "unassigned" or a person’s id'),
  escalated: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('only the tickets a partner escalated to the provider, or only the others'),
  sort: z.enum(queueSorts).default('urgency'),
  direction: z.enum(sortDirections).default('asc'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('text in the subject or a public message'),
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(50),
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
    escalatedAt: instant.nullable(),
    slaState: z.enum(slaStates).nullable(),
    slaDueAt: instant.nullable(),
    firstResponseOutcome: z.enum(['met', 'breached']).nullable(),
    clientLate: z.boolean(),
    openedAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Ticket' });

/** A ticket with the names a queue row or a ticket header shows. */
export const ticketSummaryView = ticketView
  .extend({
    clientName: z.string(),
    contractName: z.string(),
    requesterName: z.string(),
    assigneeName: z.string().nullable(),
  })
  .meta({ id: 'TicketSummary' });

/** One page of the queue and how many tickets match in all. */
export const ticketPageView = z.object({
  tickets: z.array(ticketSummaryView),
  total: z.number().int(),
});

/** Body of a bulk change from the queue. */
export const bulkBody = z.object({
  ticketIds: z.array(z.uuid()).min(1).max(maxPageSize),
  change: z
    .object({
      status: z.enum(ticketStatuses),
      assigneeId: z.uuid().nullable(),
      criticality: z.enum(criticalities),
    })
    .partial()
    .strict(),
});

/** How each ticket of a bulk change went. */
export const bulkResultView = z.array(
  z.object({
    ticketId: z.string(),
    ok: z.boolean(),
    code: z.enum(errorCodes).optional(),
    message: z.string().optional(),
    path: z.string().nullable().optional(),
    rule: z.string().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
);

/** Body of a note: the provider's own by default, or shared with the managing partner. */
export const noteBody = z.object({
  body: z.string().trim().min(1).max(50_000),
  audience: z.enum(noteAudiences).optional(),
});

/** Someone who can be assigned a ticket. */
export const assigneeView = z.object({
  id: z.string(),
  name: z.string(),
  organisationId: z.string(),
});

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
  waiting_without_question: true,
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
      text: z.string().describe('the step in words, in the viewer’s language'),
      params: jsonObject.describe(
        'the step’s fields besides its code (instants as epoch milliseconds), to put it into words',
      ),
    }),
  ),
});

/** A public reply, a note shared with the managing partner, or the provider's own note. */
export const messageView = z.object({
  id: z.string(),
  authorId: z.string().nullable(),
  visibility: z.enum(messageVisibilities),
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
  /** It came by mail (its attachments are the mail's). */
  viaMail: z.boolean(),
  createdAt: instant,
});

const fieldChangeView = z.object({
  field: z.enum(['status', 'criticality', 'level', 'kind', 'assignee', 'outcome']),
  from: z.unknown(),
  to: z.unknown(),
});

/** One line of a ticket's history: who did what, when, and each field before and after. */
export const historyView = z.object({
  at: instant,
  actorId: z.string().nullable(),
  action: z.enum(historyActions),
  visibility: z.enum(messageVisibilities),
  automatic: z.boolean(),
  channel: z.enum(channels).nullable(),
  changes: z.array(fieldChangeView),
});

/** Time logged on a ticket with what it charged and why, in the asked language. */
export const ticketTimeView = workView.extend({ reasons: z.array(z.string()) });

/** A ticket with its header, conversation, history, time entries and clocks. */
export const ticketDetailView = z.object({
  ticket: ticketSummaryView,
  timeZone: z
    .string()
    .describe('the IANA zone of the contract’s calendar: the explanation’s wall times are there'),
  messages: z.array(messageView),
  history: z.array(historyView),
  timeEntries: z.array(ticketTimeView),
  people: z
    .array(z.object({ id: z.string(), name: z.string(), role: z.enum(roles) }))
    .describe('everyone the conversation, history and time entries name, with their role'),
  sla: z.object({
    firstResponse: clockView.nullable(),
    resolution: clockView.nullable(),
    client: clockView.nullable(),
    clientLate: z.boolean(),
  }),
});

/** `?locale=` for explanations; else the request's Accept-Language, else the user's locale. */
export const localeQuery = z.object({ locale: z.enum(['es', 'en']).optional() });

/** Every compliance verdict (checked against the domain's). */
const verdicts = {
  met: true,
  missed: true,
  not_enough_tickets: true,
} satisfies Record<ComplianceVerdict, true>;

/** A group's first-response compliance, judged by the plan's terms. */
const judgedComplianceView = z.object({
  met: z.number().int(),
  total: z.number().int(),
  percent: z.number().nullable(),
  target: z.number(),
  minimumSample: z.number().int(),
  verdict: z.enum(Object.keys(verdicts) as [ComplianceVerdict, ...ComplianceVerdict[]]),
  deemedMet: z.boolean().describe('seed 002: a period under the minimum sample counts as met'),
});

/** First-response compliance of a contract for one period: the month's verdict, and per criticality. */
export const complianceView = z.object({
  period: z.object({ start: localDate, end: localDate }),
  overall: judgedComplianceView
    .nullable()
    .describe('the period’s one verdict over all its tickets together (null: the plan sets none)'),
  rows: z.array(judgedComplianceView.extend({ criticality: z.enum(criticalities) })),
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
