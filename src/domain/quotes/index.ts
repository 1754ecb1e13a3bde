/**
 * Quotes, built once for the desk (seed 002: out-of-scope work and work past the per-ticket
 * maximum), the agency's intake (seed 004 §3.1) and standalone offers: content and totals,
 * versions and the state machine, and the "quote required" mark of a ticket.
 */
export {
  checkQuoteContent,
  type FixedLine,
  type HoursLine,
  lineAmount,
  parseQuoteContent,
  type QuoteContent,
  type QuoteLine,
  type QuoteTotals,
  quoteContentSchema,
  quoteLineSchema,
  quoteTotals,
} from './content.js';
export {
  type Decider,
  decideQuote,
  editDraft,
  expireQuote,
  type QuoteDecision,
  type QuoteStep,
  reviseQuote,
  sendQuote,
  withdrawQuote,
} from './lifecycle.js';
export {
  currentVersion,
  draftQuote,
  isDecided,
  type NewQuote,
  type Quote,
  type QuoteAction,
  type QuoteEvent,
  type QuoteOrigin,
  type QuoteState,
  type QuoteVersion,
  quoteActions,
  quoteStateOn,
  quoteStates,
  type TicketQuoteReason,
  ticketQuoteReasons,
} from './quote.js';
export {
  type TicketQuoteStatus,
  type TicketWorkToQuote,
  ticketQuoteReason,
  ticketQuoteStatus,
} from './ticket.js';
