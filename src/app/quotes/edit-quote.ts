import { editDraft, parseQuoteContent, type Quote } from '../../domain/quotes/index.js';
import type { QuotesDeps } from './ports.js';
import { actingUser, changeQuote, type QuoteRequest } from './quote-access.js';

/** The provider replaces a draft's content (the client never saw it: no new version). */
export async function editQuote(
  options: QuotesDeps & QuoteRequest & { quoteId: string; content: unknown },
): Promise<Quote> {
  return changeQuote(options, 'quotes.manage', ({ quote, today }) =>
    editDraft(quote, parseQuoteContent(options.content, quote.currency, 'content'), {
      on: today,
      by: actingUser(options.actor),
    }),
  );
}
