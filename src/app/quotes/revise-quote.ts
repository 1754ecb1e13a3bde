import { parseQuoteContent, type Quote, reviseQuote as revise } from '../../domain/quotes/index.js';
import { recordEvent } from '../shared/index.js';
import { quoteRevised } from './events.js';
import type { QuotesDeps } from './ports.js';
import { actingUser, changeQuote, type QuoteRequest } from './quote-access.js';

/**
 * The provider revises a sent, rejected or expired quote: the version the client saw is
 * superseded and a new draft version carries the new content, to be sent again.
 */
export async function reviseQuote(
  options: QuotesDeps & QuoteRequest & { quoteId: string; content: unknown },
): Promise<Quote> {
  return changeQuote(options, 'quotes.manage', async ({ tx, quote, today, at }) => {
    const content = parseQuoteContent(options.content, quote.currency, 'content');
    const revised = revise(quote, content, { on: today, by: actingUser(options.actor) });
    await recordEvent(tx, options.ids, at, quoteRevised, {
      contractId: revised.contractId,
      quoteId: revised.id,
      supersededVersion: revised.versions.length - 1,
    });
    return revised;
  });
}
