import {
  type Quote,
  sendQuote as send,
  withdrawQuote as withdraw,
} from '../../domain/quotes/index.js';
import { recordEvent } from '../shared/index.js';
import { quoteSent, quoteWithdrawn } from './events.js';
import type { QuotesDeps } from './ports.js';
import { actingUser, changeQuote, type QuoteRequest } from './quote-access.js';

/** The provider sends the draft to the client's decision-maker (the portal shows it to them). */
export async function sendQuote(
  options: QuotesDeps & QuoteRequest & { quoteId: string },
): Promise<Quote> {
  return changeQuote(options, 'quotes.manage', async ({ tx, quote, today, at }) => {
    const sent = send(quote, { on: today, by: actingUser(options.actor) });
    await recordEvent(tx, options.ids, at, quoteSent, {
      contractId: sent.contractId,
      quoteId: sent.id,
      version: sent.versions.length,
    });
    return sent;
  });
}

/** The provider withdraws a draft or sent quote, with the reason kept in its history. */
export async function withdrawQuote(
  options: QuotesDeps & QuoteRequest & { quoteId: string; reason: string },
): Promise<Quote> {
  return changeQuote(options, 'quotes.manage', async ({ tx, quote, today, at }) => {
    const withdrawn = withdraw(quote, {
      on: today,
      by: actingUser(options.actor),
      reason: options.reason,
    });
    await recordEvent(tx, options.ids, at, quoteWithdrawn, {
      contractId: withdrawn.contractId,
      quoteId: withdrawn.id,
      version: withdrawn.versions.length,
    });
    return withdrawn;
  });
}
