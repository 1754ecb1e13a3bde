/** The quotes API's request and response schemas (amounts as exact decimal strings). */
import { z } from 'zod';
import { quoteActions, quoteStates, ticketQuoteReasons } from '../../../domain/quotes/index.js';
import { jsonObject, localDate, moneyView } from '../common/schema.js';

const id = z.string().min(1).max(200);

/** Path of the contract's quote routes. */
export const contractParams = z.object({ contractId: id });
/** Path of routes on one quote. */
export const quoteParams = contractParams.extend({ quoteId: id });
/** Path of a ticket's quote mark. */
export const ticketParams = contractParams.extend({ ticketId: id });

/** Where a new quote comes from. */
const originBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('ticket'),
    ticketId: z.uuid(),
    reason: z.enum(ticketQuoteReasons),
  }),
  z.strictObject({ kind: z.literal('intake'), itemId: id }),
  z.strictObject({ kind: z.literal('standalone') }),
]);

const contentBody = jsonObject.describe(
  '{title, lines: [{kind: "hours", description, minutes, ratePerHour: {amount, currency}} | {kind: "fixed", description, amount}], validUntil, terms}',
);

/** Body of a new quote. */
export const createBody = z.strictObject({ origin: originBody, content: contentBody });
/** Body of editing a draft or revising a quote: the new content. */
export const contentOnlyBody = z.strictObject({ content: contentBody });
/** Body of withdrawing a quote. */
export const withdrawBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
/** The client's decision on the version they saw. */
export const decisionBody = z.strictObject({
  version: z.number().int().positive(),
  decision: z.enum(['approved', 'rejected']),
  reason: z.string().trim().min(1).max(2000).nullable().default(null),
});

const lineView = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('hours'),
    description: z.string(),
    minutes: z.number(),
    ratePerHour: moneyView,
    amount: moneyView,
  }),
  z.object({ kind: z.literal('fixed'), description: z.string(), amount: moneyView }),
]);

const versionView = z.object({
  number: z.number(),
  state: z.enum(quoteStates),
  title: z.string(),
  lines: z.array(lineView),
  validUntil: localDate,
  terms: z.string(),
  totalMinutes: z.number(),
  total: moneyView,
});

/** A quote as the API shows it: its versions (the last is current) and its history. */
export const quoteView = z
  .object({
    id: z.string(),
    contractId: z.string(),
    clientId: z.string(),
    currency: z.string(),
    origin: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('ticket'),
        ticketId: z.string(),
        reason: z.enum(ticketQuoteReasons),
      }),
      z.object({ kind: z.literal('intake'), itemId: z.string() }),
      z.object({ kind: z.literal('standalone') }),
    ]),
    /** The current version's state today (a sent version past its validity reads expired). */
    state: z.enum(quoteStates),
    version: z.number(),
    versions: z.array(versionView),
    history: z.array(
      z.object({
        version: z.number(),
        action: z.enum(quoteActions),
        on: localDate,
        by: z.string().nullable(),
        reason: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Quote' });

/** A contract's quotes. */
export const quoteListView = z.object({ items: z.array(quoteView) });

/** The client's decision and the project an approval made. */
export const decisionView = z.object({ quote: quoteView, projectId: z.string().nullable() });

/** A ticket's quote mark. */
export const ticketStatusView = z.object({
  quoteRequired: z.boolean(),
  latest: z
    .object({ quoteId: z.string(), version: z.number(), state: z.enum(quoteStates) })
    .nullable(),
});
