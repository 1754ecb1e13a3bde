import { DomainError } from '../../domain/errors.js';
import {
  draftQuote,
  parseQuoteContent,
  type Quote,
  type QuoteOrigin,
} from '../../domain/quotes/index.js';
import { recordChange } from '../shared/index.js';
import type { QuotesDeps } from './ports.js';
import { actingUser, type QuoteRequest, quoteContract } from './quote-access.js';

/** Checks that the ticket or intake item a quote comes from is the contract's. */
async function checkOrigin(deps: QuotesDeps, contractId: string, origin: QuoteOrigin) {
  if (origin.kind === 'ticket') {
    const ticket = await deps.tickets.find(origin.ticketId);
    if (ticket?.contractId !== contractId) {
      throw new DomainError('not_found', 'no such ticket under this contract', 'origin.ticketId');
    }
  }
  if (origin.kind === 'intake') {
    const items = await deps.agency.activities(contractId);
    if (!items.some((item) => item.id === origin.itemId)) {
      throw new DomainError(
        'not_found',
        'no such intake item under this contract',
        'origin.itemId',
      );
    }
  }
}

/**
 * The provider drafts a quote under a contract, from a ticket (out of scope, or planned past the
 * plan's maximum per ticket), from an agency intake item, or standing alone, in the contract's
 * currency; it is version 1, a draft dated today in the contract's zone.
 */
export async function createQuote(
  options: QuotesDeps & QuoteRequest & { quoteOrigin: QuoteOrigin; content: unknown },
): Promise<Quote> {
  const { context, currency } = await quoteContract({ ...options, action: 'quotes.manage' });
  const content = parseQuoteContent(options.content, currency, 'content');
  await checkOrigin(options, options.contractId, options.quoteOrigin);
  const quote = draftQuote({
    id: options.ids.newId(),
    contractId: options.contractId,
    clientId: context.record.contract.clientId,
    currency,
    origin: options.quoteOrigin,
    content,
    on: context.today,
    by: actingUser(options.actor),
  });
  const at = options.clock.now();
  return options.transact(async (tx) => {
    await tx.quotes.save(quote, actingUser(options.actor), at);
    await recordChange(tx, { ...options, at, resourceType: 'quotes', resourceId: quote.id });
    return quote;
  });
}
