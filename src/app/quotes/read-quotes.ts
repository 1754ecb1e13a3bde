import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import {
  type Quote,
  type TicketQuoteStatus,
  ticketQuoteReason,
  ticketQuoteStatus,
} from '../../domain/quotes/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { QuotesDeps } from './ports.js';
import { quoteContract, quoteOfContract } from './quote-access.js';

type ReadOptions = Pick<QuotesDeps, 'contracts' | 'calendars' | 'clock' | 'quotes'> & {
  actor: Principal;
  contractId: string;
};

/** A quote with the day its state is read on (a sent version past its validity reads expired). */
export interface QuoteOnDay {
  readonly quote: Quote;
  readonly today: LocalDate;
}

/** A contract's quotes, oldest first, for the provider's staff and the client's decision-maker. */
export async function listQuotes(options: ReadOptions): Promise<QuoteOnDay[]> {
  const { context } = await quoteContract({ ...options, action: 'quotes.read' });
  const quotes = await options.quotes.listByContract(options.contractId);
  return quotes.map((quote) => ({ quote, today: context.today }));
}

/** One quote of the contract, with its versions and history. */
export async function readQuote(options: ReadOptions & { quoteId: string }): Promise<QuoteOnDay> {
  const { context } = await quoteContract({ ...options, action: 'quotes.read' });
  const quote = quoteOfContract(await options.quotes.find(options.quoteId), options.contractId);
  return { quote, today: context.today };
}

/**
 * A ticket's quote mark: "quote required" while its work is out of scope (or a quote was made
 * from it) and none of its quotes is decided; the latest quote and its state today.
 */
export async function readTicketQuoteStatus(
  options: ReadOptions & Pick<QuotesDeps, 'tickets'> & { ticketId: string },
): Promise<TicketQuoteStatus> {
  const { context } = await quoteContract({ ...options, action: 'quotes.read' });
  const ticket = await options.tickets.find(options.ticketId);
  if (ticket?.contractId !== options.contractId) {
    throw new DomainError('not_found', 'no such ticket');
  }
  const reason = ticketQuoteReason(
    { kind: ticket.classification.kind, plannedMinutes: null, reachedMaximum: false },
    context.versionAt(context.today),
  );
  const quotes = await options.quotes.listByTicket(options.ticketId);
  return ticketQuoteStatus(options.ticketId, reason, quotes, context.today);
}
