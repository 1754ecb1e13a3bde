/**
 * A quote: where it comes from, its versions and what happened to it. A revision adds
 * version n + 1 and supersedes version n; only the latest version is ever sent, decided or
 * withdrawn (lifecycle.ts). Dates are the contract's local dates; who acted is a user id.
 */
import { DomainError, invalidInput } from '../errors.js';
import type { CurrencyCode } from '../money.js';
import { type LocalDate, parseLocalDate } from '../time/index.js';
import { checkQuoteContent, type QuoteContent } from './content.js';

/** Why a ticket needs a quote: out-of-scope work, or planned work past the plan's maximum per ticket. */
export const ticketQuoteReasons = ['out_of_scope', 'over_maximum'] as const;
/** One of {@link ticketQuoteReasons}. */
export type TicketQuoteReason = (typeof ticketQuoteReasons)[number];

/** Where a quote comes from: a ticket, an agency intake item (seed 004 §3.1), or nowhere. */
export type QuoteOrigin =
  | { readonly kind: 'ticket'; readonly ticketId: string; readonly reason: TicketQuoteReason }
  | { readonly kind: 'intake'; readonly itemId: string }
  | { readonly kind: 'standalone' };

/**
 * The state of one version: `draft` (editable) → `sent` → `approved` | `rejected` |
 * `expired`; a draft or sent version can be `withdrawn`; a revision makes the previous
 * version `superseded`.
 */
export const quoteStates = [
  'draft',
  'sent',
  'approved',
  'rejected',
  'expired',
  'withdrawn',
  'superseded',
] as const;
/** One of {@link quoteStates}. */
export type QuoteState = (typeof quoteStates)[number];

/** What can happen to a quote, as recorded in its history. */
export const quoteActions = [
  'drafted',
  'edited',
  'sent',
  'approved',
  'rejected',
  'expired',
  'withdrawn',
  'revised',
] as const;
/** One of {@link quoteActions}. */
export type QuoteAction = (typeof quoteActions)[number];

/** One version of a quote: its content and its state. */
export interface QuoteVersion {
  readonly number: number;
  readonly content: QuoteContent;
  readonly state: QuoteState;
}

/** One step of a quote's history: who did what to which version, on which day, and why. */
export interface QuoteEvent {
  readonly version: number;
  readonly action: QuoteAction;
  readonly on: LocalDate;
  /** The user who acted; null for the system (expiry). */
  readonly by: string | null;
  readonly reason: string | null;
}

/** A quote to a client under one contract, in the contract's currency. */
export interface Quote {
  readonly id: string;
  readonly contractId: string;
  readonly clientId: string;
  readonly currency: CurrencyCode;
  readonly origin: QuoteOrigin;
  /** Oldest first; the last one is the current version. */
  readonly versions: readonly QuoteVersion[];
  readonly history: readonly QuoteEvent[];
}

/** What {@link draftQuote} needs: ids and the contract's currency come from the caller. */
export interface NewQuote {
  readonly id: string;
  readonly contractId: string;
  readonly clientId: string;
  readonly currency: CurrencyCode;
  readonly origin: QuoteOrigin;
  readonly content: QuoteContent;
  readonly on: LocalDate;
  readonly by: string;
}

function checkOrigin(origin: QuoteOrigin): void {
  if (origin.kind === 'ticket') {
    if (origin.ticketId.trim() === '') throw invalidInput('origin.ticketId', 'required');
    if (!ticketQuoteReasons.includes(origin.reason)) {
      throw invalidInput('origin.reason', `expected one of ${ticketQuoteReasons.join(', ')}`);
    }
  }
  if (origin.kind === 'intake' && origin.itemId.trim() === '') {
    throw invalidInput('origin.itemId', 'required');
  }
}

/** Checks an action's date: a real date, not before the quote's last event. */
export function checkEventDate(quote: Quote | null, on: LocalDate): void {
  parseLocalDate(on, 'on');
  const last = quote?.history.at(-1)?.on;
  if (last !== undefined && on < last) {
    throw invalidInput('on', `must not be before the quote's last event (${last})`);
  }
}

/** Checks content to be sent later: valid lines and a validity date not before `on`. */
export function checkContentOn(content: QuoteContent, currency: CurrencyCode, on: LocalDate): void {
  checkQuoteContent(content, currency, 'content');
  if (content.validUntil < on) {
    throw invalidInput('content.validUntil', `must not be before ${on}`);
  }
}

/** A new quote: version 1, a draft. */
export function draftQuote(input: NewQuote): Quote {
  if (input.id.trim() === '') throw invalidInput('id', 'required');
  checkOrigin(input.origin);
  checkEventDate(null, input.on);
  checkContentOn(input.content, input.currency, input.on);
  const { content, on, by, ...quote } = input;
  return {
    ...quote,
    versions: [{ number: 1, content, state: 'draft' }],
    history: [{ version: 1, action: 'drafted', on, by, reason: null }],
  };
}

/** The latest version: the only one that can still change. */
export function currentVersion(quote: Quote): QuoteVersion {
  const version = quote.versions.at(-1);
  if (version === undefined) throw new DomainError('invalid_input', 'a quote has no version');
  return version;
}

/** The quote's state on a day: a sent version past its validity counts as expired. */
export function quoteStateOn(quote: Quote, on: LocalDate): QuoteState {
  const version = currentVersion(quote);
  return version.state === 'sent' && on > version.content.validUntil ? 'expired' : version.state;
}

/** Whether the client has decided (approved or rejected) the quote's current version. */
export function isDecided(quote: Quote): boolean {
  const { state } = currentVersion(quote);
  return state === 'approved' || state === 'rejected';
}
