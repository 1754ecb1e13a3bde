/** The hour-bank API's request and response schemas. */
import { z } from 'zod';
import { localDateSchema } from '../../../domain/time/index.js';

/** Money as the API writes it, or null. */
const money = z.object({ amount: z.string(), currency: z.string() }).nullable();
const json = z.record(z.string(), z.unknown());

/** The charge of logged work with its reasons, as codes and as text. */
export const chargeView = z.object({
  minutes: z.number(),
  free: z.boolean(),
  quoteRequired: z.boolean(),
  approvalRequired: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), text: z.string(), params: json })),
});

/** A logged piece of work. */
export const workView = z.object({
  id: z.string(),
  ticketRef: z.string(),
  conversationRef: z.string().nullable(),
  kind: z.string(),
  on: z.string(),
  workedMinutes: z.number(),
  chargedMinutes: z.number(),
  firstContact: z.boolean(),
  quoteRequired: z.boolean(),
  ledgerEntryId: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

/** The fields of a time entry, whether logged on a contract or on a ticket. */
export const timeEntryFields = {
  minutes: z.number().int().min(1).max(1440),
  firstContact: z.boolean().default(false),
  note: z.string().max(2000).nullable().default(null),
  on: localDateSchema.optional(),
};

/** A ledger entry: its type, date, id and the fields of its type. */
export const entryView = z
  .object({ id: z.string(), type: z.string(), on: z.string() })
  .catchall(z.unknown());

/** The answer to logging work: the work, its charge and the ledger entry (if any). */
export const loggedWorkView = z.object({
  work: workView,
  charge: chargeView,
  entry: entryView.nullable(),
});

/** The balance on a day. */
export const balanceView = z.object({
  date: z.string(),
  period: json,
  availableMinutes: z.number(),
  pendingMinutes: z.number(),
  uncoveredMinutes: z.number(),
  expiringAtPeriodEnd: z.number(),
  grants: z.array(json),
  pending: z.array(json),
});

/** A period statement with money as {amount, currency}. */
export const statementView = z
  .object({
    period: json,
    closed: z.boolean(),
    openingMinutes: z.number(),
    granted: json,
    adjustedMinutes: z.number(),
    consumed: json,
    pendingMinutes: z.number(),
    expiredMinutes: z.number(),
    overage: z.object({ minutes: z.number(), amount: money, billed: z.boolean() }),
    closingMinutes: z.number(),
  })
  .meta({ id: 'Statement' });
