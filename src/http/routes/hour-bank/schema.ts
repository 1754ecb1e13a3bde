/** The hour-bank API's request and response schemas (the web app types its calls from these). */
import { z } from 'zod';
import { type ChargeReason, consumeKinds } from '../../../domain/hour-bank/index.js';
import { ticketKinds } from '../../../domain/tickets/vocabulary.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { instant, jsonObject, localDate, moneyView } from '../common/schema.js';

/** Every charge reason code (the compiler checks the list against the domain's reasons). */
const reasonCodes = {
  free_kind: true,
  out_of_scope: true,
  rounded: true,
  minimum_per_conversation: true,
  minimum_per_ticket: true,
  covered_by_minimum: true,
  maximum_per_ticket: true,
  approval_required: true,
  first_contact_charge: true,
  billable_diagnosis: true,
  overage_rate: true,
  not_covered: true,
  answer_changed: true,
  reclassified: true,
} satisfies Record<ChargeReason['code'], true>;

const kind = z.enum(ticketKinds);
/** What consumed hours were spent on: a ticket's kind or project work. */
const consumeKind = z.enum(consumeKinds);
const grantSource = z.enum(['allotment', 'growth', 'prepaid']);

/** The charge of logged work with its reasons: a code, its parameters and the text in the viewer's language. */
export const chargeView = z.object({
  minutes: z.number().int(),
  free: z.boolean(),
  quoteRequired: z.boolean(),
  approvalRequired: z.boolean(),
  reasons: z.array(
    z.object({
      code: z.enum(Object.keys(reasonCodes) as [ChargeReason['code'], ...ChargeReason['code'][]]),
      text: z.string(),
      params: jsonObject.describe('the reason’s fields besides its code, e.g. {minutes: 60}'),
    }),
  ),
});

/** A logged piece of work. */
export const workView = z.object({
  id: z.string(),
  ticketRef: z.string(),
  conversationRef: z.string().nullable(),
  kind,
  on: localDate,
  workedMinutes: z.number().int(),
  chargedMinutes: z.number().int(),
  firstContact: z.boolean(),
  quoteRequired: z.boolean(),
  ledgerEntryId: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  createdBy: z.string().nullable().describe('who logged it (a ticket’s `people` names them)'),
});

/** The fields of a time entry, whether logged on a contract or on a ticket. */
export const timeEntryFields = {
  minutes: z.number().int().min(1).max(1440),
  firstContact: z.boolean().default(false),
  note: z.string().max(2000).nullable().default(null),
  on: localDateSchema.optional(),
};

const entry = { id: z.string(), on: localDate, minutes: z.number().int() };

/** A ledger entry: its id, type, date and the fields of its type. */
export const entryView = z
  .discriminatedUnion('type', [
    z.object({
      ...entry,
      type: z.literal('grant'),
      source: grantSource,
      expiresOn: localDate.nullable(),
      periodKey: z.string(),
      amendmentId: z.string().nullable(),
      key: z.string(),
    }),
    z.object({
      ...entry,
      type: z.literal('consume'),
      kind: consumeKind,
      ticketId: z.string(),
      needsApproval: z.boolean(),
    }),
    z.object({
      id: z.string(),
      on: localDate,
      type: z.literal('approval'),
      consumeId: z.string(),
      decision: z.enum(['approved', 'rejected']),
      reason: z.string().optional().describe('why a rejection was made, for the agent'),
    }),
    z.object({
      ...entry,
      type: z.literal('expire'),
      grantId: z.string(),
      periodKey: z.string(),
      key: z.string(),
    }),
    z.object({
      ...entry,
      type: z.literal('overage'),
      amount: moneyView.nullable(),
      periodKey: z.string(),
      key: z.string(),
    }),
    z.object({
      ...entry,
      type: z.literal('adjust'),
      reason: z.string(),
      expiresOn: localDate.nullable(),
      ticketId: z
        .string()
        .optional()
        .describe('the ticket whose consumption of a closed period this gives back'),
    }),
    z.object({
      id: z.string(),
      on: localDate,
      type: z.literal('reversal'),
      entryId: z.string(),
      reason: z.string(),
      ticketId: z.string().optional().describe('the ticket whose settlement reversed the entry'),
    }),
  ])
  .meta({ id: 'LedgerEntry' });

/** The answer to logging work: the work, its charge and the ledger entry (if any). */
export const loggedWorkView = z.object({
  work: workView,
  charge: chargeView,
  entry: entryView.nullable(),
});

/** An hour-bank period: `[start, end)`, named by its `key` (its start). */
export const periodView = z.object({
  index: z.number().int(),
  key: z.string(),
  start: localDate,
  end: localDate,
  lastDay: localDate,
});

/** The balance at the end of a day. */
export const balanceView = z.object({
  date: localDate,
  period: periodView,
  availableMinutes: z.number().int(),
  pendingMinutes: z.number().int(),
  uncoveredMinutes: z.number().int(),
  expiringAtPeriodEnd: z.number().int(),
  grants: z.array(
    z.object({
      grantId: z.string(),
      source: z.enum([...grantSource.options, 'adjust']),
      grantedOn: localDate,
      expiresOn: localDate.nullable(),
      minutes: z.number().int(),
      remainingMinutes: z.number().int(),
    }),
  ),
  pending: z.array(
    z.object({
      consumeId: z.string(),
      ticketId: z.string(),
      kind: consumeKind,
      on: localDate,
      minutes: z.number().int(),
    }),
  ),
});

/** A period statement, minutes throughout, money as {amount, currency}. */
export const statementView = z
  .object({
    period: periodView,
    closed: z.boolean(),
    openingMinutes: z.number().int(),
    granted: z.object({
      allotment: z.number().int(),
      growth: z.number().int(),
      prepaid: z.number().int(),
      total: z.number().int(),
    }),
    adjustedMinutes: z.number().int(),
    consumed: z.object({
      total: z.number().int(),
      byKind: z.partialRecord(consumeKind, z.number().int()),
    }),
    pendingMinutes: z
      .number()
      .int()
      .describe('logged in this period, awaiting approval at its end'),
    pendingFromEarlierMinutes: z
      .number()
      .int()
      .describe('logged in earlier periods, still awaiting approval at this one’s end'),
    expiredMinutes: z.number().int(),
    overage: z.object({
      minutes: z.number().int(),
      amount: moneyView.nullable(),
      billed: z.boolean(),
    }),
    closingMinutes: z.number().int(),
  })
  .meta({ id: 'Statement' });
