/**
 * Quotes seen from a ticket: when a ticket's work must be quoted (seed 002: out-of-scope
 * requests, "si el tiempo planificado de un ticket excede el tiempo máximo de ticket, entonces
 * se considerará cotizar un nuevo proyecto"), and the "quote required" mark the ticket shows
 * until the client decides a quote made from it.
 */

import type { ContractVersion } from '../contracts/index.js';
import { estimateNeedsQuote } from '../hour-bank/index.js';
import type { TicketKind } from '../tickets/vocabulary.js';
import type { LocalDate } from '../time/index.js';
import {
  isDecided,
  type Quote,
  type QuoteState,
  quoteStateOn,
  type TicketQuoteReason,
} from './quote.js';

/** What a ticket's work says about quoting. */
export interface TicketWorkToQuote {
  readonly kind: TicketKind;
  /** The minutes the work is planned to take (null: not estimated). */
  readonly plannedMinutes: number | null;
  /** Logged work already reached the plan's maximum per ticket (`chargeFor`'s `quoteRequired`). */
  readonly reachedMaximum: boolean;
}

/** Why the ticket's work must be quoted under the contract version in force, or null when it need not. */
export function ticketQuoteReason(
  work: TicketWorkToQuote,
  version: ContractVersion,
): TicketQuoteReason | null {
  if (work.kind === 'out_of_scope') return 'out_of_scope';
  if (work.reachedMaximum) return 'over_maximum';
  if (work.plannedMinutes !== null && estimateNeedsQuote(work.plannedMinutes, version)) {
    return 'over_maximum';
  }
  return null;
}

/** The quote mark of a ticket on a day. */
export interface TicketQuoteStatus {
  /** Shown on the ticket until a quote made from it is approved or rejected. */
  readonly quoteRequired: boolean;
  /** The latest quote made from the ticket, with its state on the day; null when none yet. */
  readonly latest: {
    readonly quoteId: string;
    readonly version: number;
    readonly state: QuoteState;
  } | null;
}

/**
 * The ticket's quote mark: required while the ticket needs a quote (a `reason`, or a quote
 * was made from it) and none of its quotes is decided; withdrawn or expired quotes leave it
 * required. `quotes` may hold any quotes, oldest first; those of other tickets are ignored.
 */
export function ticketQuoteStatus(
  ticketId: string,
  reason: TicketQuoteReason | null,
  quotes: readonly Quote[],
  on: LocalDate,
): TicketQuoteStatus {
  const own = quotes.filter(
    (quote) => quote.origin.kind === 'ticket' && quote.origin.ticketId === ticketId,
  );
  const last = own.at(-1);
  const latest =
    last === undefined
      ? null
      : {
          quoteId: last.id,
          version: last.versions.length,
          state: quoteStateOn(last, on),
        };
  const needsOne = reason !== null || own.length > 0;
  return { quoteRequired: needsOne && !own.some(isDecided), latest };
}
