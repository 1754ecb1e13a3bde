/**
 * The quotes module's public surface (seeds 002 and 004): quotes drafted from a ticket, an agency
 * intake item or alone, revised in versions, sent to and decided by the client's decision-maker;
 * an approved quote becomes a project; a ticket shows "quote required" until one is decided.
 */
export { createQuote } from './create-quote.js';
export { decideQuote, type QuoteAnswer } from './decide-quote.js';
export { draftIntakeQuote } from './draft-intake-quote.js';
export { editQuote } from './edit-quote.js';
export { quoteDecided, quoteRevised, quoteSent, quoteWithdrawn } from './events.js';
export type { QuoteReader, QuoteRepository, QuotesDeps, QuotesTx } from './ports.js';
export {
  listQuotes,
  type QuoteOnDay,
  readQuote,
  readTicketQuoteStatus,
} from './read-quotes.js';
export { reviseQuote } from './revise-quote.js';
export { sendQuote, withdrawQuote } from './send-quote.js';
export { quotesData } from './stored-data.js';
