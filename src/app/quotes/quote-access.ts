/**
 * What every quote use-case does first: read the contract the actor may act on (its currency and
 * today in its zone), and, for a change to a quote, lock it in a transaction, apply the domain's
 * step, save and audit it.
 */
import { contractVersionAt } from '../../domain/contracts/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import type { CurrencyCode } from '../../domain/money.js';
import type { Quote } from '../../domain/quotes/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import { type ContractContext, loadContractContext } from '../contracts/index.js';
import { authorOf, type Origin, recordChange } from '../shared/index.js';
import type { QuotesDeps, QuotesTx } from './ports.js';

/** Who asks, about which contract. */
export interface QuoteRequest {
  readonly actor: Principal;
  readonly origin: Origin;
  readonly contractId: string;
}

/** The contract in the actor's reach for `action`, and the currency its quotes are in today. */
export async function quoteContract(
  options: Pick<QuotesDeps, 'contracts' | 'calendars' | 'clock'> &
    Pick<QuoteRequest, 'actor' | 'contractId'> & { action: Action },
): Promise<{ context: ContractContext; currency: CurrencyCode }> {
  const context = await loadContractContext(options);
  const contract = context.record.contract;
  const currency = contractVersionAt(contract, context.today).plan.price.currency;
  return { context, currency };
}

/** The quote with `id` when it belongs to the contract; not_found otherwise. */
export function quoteOfContract(quote: Quote | undefined, contractId: string): Quote {
  if (quote === undefined || quote.contractId !== contractId) {
    throw new DomainError('not_found', 'no such quote');
  }
  return quote;
}

/** The user acting, required for a quote's history. */
export function actingUser(actor: Principal): string {
  const user = authorOf(actor);
  if (user === null) throw new DomainError('invalid_input', 'say who acts', 'by');
  return user;
}

/** What a change to a quote sees inside its transaction. */
export interface QuoteChange {
  readonly tx: QuotesTx;
  readonly quote: Quote;
  readonly today: LocalDate;
  readonly at: Date;
}

/**
 * Runs a change to a quote: checks the contract and the action, locks the quote, lets `step`
 * build its next state, saves it and audits the change.
 */
export async function changeQuote(
  options: QuotesDeps & QuoteRequest & { quoteId: string },
  action: Action,
  step: (change: QuoteChange) => Promise<Quote> | Quote,
): Promise<Quote> {
  const { context } = await quoteContract({ ...options, action });
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const quote = quoteOfContract(await tx.quotes.lock(options.quoteId), options.contractId);
    const next = await step({ tx, quote, today: context.today, at });
    await tx.quotes.save(next, authorOf(options.actor), at);
    await recordChange(tx, { ...options, at, resourceType: 'quotes', resourceId: next.id });
    return next;
  });
}
