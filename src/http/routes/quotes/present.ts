/** Quotes as the API answers them: amounts as exact decimals, each line with its amount. */
import type { z } from 'zod';
import type { QuoteOnDay } from '../../../app/quotes/index.js';
import { toMoneyJson } from '../../../domain/money.js';
import {
  currentVersion,
  lineAmount,
  type Quote,
  type QuoteLine,
  quoteStateOn,
  quoteTotals,
} from '../../../domain/quotes/index.js';
import type { quoteView } from './schema.js';

function presentLine(line: QuoteLine) {
  return line.kind === 'hours'
    ? { ...line, ratePerHour: toMoneyJson(line.ratePerHour), amount: toMoneyJson(lineAmount(line)) }
    : { ...line, amount: toMoneyJson(line.amount) };
}

/** A quote with its state on the day it is read. */
export function presentQuote({ quote, today }: QuoteOnDay): z.input<typeof quoteView> {
  return {
    id: quote.id,
    contractId: quote.contractId,
    clientId: quote.clientId,
    currency: quote.currency,
    origin: quote.origin,
    state: quoteStateOn(quote, today),
    version: quote.versions.length,
    versions: quote.versions.map(({ number, state, content }) => {
      const totals = quoteTotals(content, quote.currency);
      return {
        number,
        state,
        title: content.title,
        lines: content.lines.map(presentLine),
        validUntil: content.validUntil,
        terms: content.terms,
        totalMinutes: totals.minutes,
        total: toMoneyJson(totals.amount),
      };
    }),
    history: [...quote.history],
  };
}

/** A quote just changed, read on the day of its change (its last event). */
export function presentChanged(quote: Quote): z.input<typeof quoteView> {
  const today = quote.history.at(-1)?.on ?? currentVersion(quote).content.validUntil;
  return presentQuote({ quote, today });
}
