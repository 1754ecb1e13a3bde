/** Typed calls of the quotes module; the answers' shapes are the server's response schemas. */
import type { z } from 'zod';
import type {
  createBody,
  decisionBody,
  decisionView,
  quoteListView,
  quoteView,
  ticketStatusView,
} from '../../http/routes/quotes/schema.js';
import { request } from './client.js';

/** A quote as the API shows it. */
export type Quote = z.infer<typeof quoteView>;
/** One version of a quote. */
export type QuoteVersion = Quote['versions'][number];
/** Where a new quote comes from. */
export type QuoteOrigin = z.input<typeof createBody>['origin'];
/** A quote's content as the editor sends it (amounts as `{ amount, currency }`). */
export type QuoteDraft = {
  title: string;
  validUntil: string;
  terms: string;
  lines: (
    | { kind: 'hours'; description: string; minutes: number; ratePerHour: Money }
    | { kind: 'fixed'; description: string; amount: Money }
  )[];
};
/** Money in JSON form. */
export type Money = { amount: string; currency: string };
/** The client's decision on a version. */
export type QuoteDecision = z.input<typeof decisionBody>;
/** A ticket's quote mark. */
export type TicketQuoteStatus = z.infer<typeof ticketStatusView>;

const base = (contractId: string) => `/api/quotes/contracts/${encodeURIComponent(contractId)}`;
const one = (contractId: string, quoteId: string, rest = '') =>
  `${base(contractId)}/quotes/${encodeURIComponent(quoteId)}${rest}`;

/** The quotes calls the web app makes. */
export const quotes = {
  list: (contractId: string) =>
    request<z.infer<typeof quoteListView>>('GET', `${base(contractId)}/quotes`),
  get: (contractId: string, quoteId: string) => request<Quote>('GET', one(contractId, quoteId)),
  create: (contractId: string, origin: QuoteOrigin, content: QuoteDraft) =>
    request<Quote>('POST', `${base(contractId)}/quotes`, { body: { origin, content } }),
  edit: (contractId: string, quoteId: string, content: QuoteDraft) =>
    request<Quote>('PUT', one(contractId, quoteId, '/draft'), { body: { content } }),
  revise: (contractId: string, quoteId: string, content: QuoteDraft) =>
    request<Quote>('POST', one(contractId, quoteId, '/revisions'), { body: { content } }),
  send: (contractId: string, quoteId: string) =>
    request<Quote>('POST', one(contractId, quoteId, '/send')),
  withdraw: (contractId: string, quoteId: string, reason: string) =>
    request<Quote>('POST', one(contractId, quoteId, '/withdraw'), { body: { reason } }),
  decide: (contractId: string, quoteId: string, decision: QuoteDecision) =>
    request<z.infer<typeof decisionView>>('POST', one(contractId, quoteId, '/decision'), {
      body: decision,
    }),
  ticketStatus: (contractId: string, ticketId: string) =>
    request<TicketQuoteStatus>(
      'GET',
      `${base(contractId)}/tickets/${encodeURIComponent(ticketId)}`,
    ),
};
