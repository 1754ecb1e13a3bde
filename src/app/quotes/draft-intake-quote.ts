/**
 * Seed 004 §3.4.1: an activity the agency declines as out of scope is quoted. On
 * `agency.quote_requested` a draft quote is made under the contract, linked to the intake item:
 * one line of the agency's estimated hours at the plan's hourly rate, valid 30 days, its terms
 * the reason it is out of scope. The account manager sends it and the decision-maker approves or
 * rejects it like any quote. Idempotent: an intake item has at most one quote from it.
 */

import { hourlyRate } from '../../domain/projects/index.js';
import { draftQuote } from '../../domain/quotes/index.js';
import { addDays } from '../../domain/time/index.js';
import { quoteRequested } from '../agency/index.js';
import { onEvent } from '../outbox/index.js';
import { jobOrigin, recordChange } from '../shared/index.js';
import type { QuotesDeps } from './ports.js';
import { quoteContract } from './quote-access.js';

/** Days a quote drafted from the intake stays valid, as the quote editor proposes. */
const validDays = 30;

/** The handler of `agency.quote_requested` that drafts the intake item's quote. */
export function draftIntakeQuote(deps: QuotesDeps) {
  return onEvent(quoteRequested, 'quotes.draft-from-intake', async (request) => {
    // Events recorded before the agency gave estimates have nothing to price.
    if (request.estimatedMinutes === undefined) return;
    const quoted = await deps.quotes.listByContract(request.contractId);
    const itemId = request.activityId;
    if (quoted.some((q) => q.origin.kind === 'intake' && q.origin.itemId === itemId)) return;
    const actor = { system: 'job' } as const;
    const { context, currency } = await quoteContract({
      ...deps,
      actor,
      contractId: request.contractId,
      action: 'quotes.manage',
    });
    const { today } = context;
    const quote = draftQuote({
      id: deps.ids.newId(),
      contractId: request.contractId,
      clientId: context.record.contract.clientId,
      currency,
      origin: { kind: 'intake', itemId },
      content: {
        title: request.title,
        lines: [
          {
            kind: 'hours',
            description: request.title,
            minutes: request.estimatedMinutes,
            ratePerHour: hourlyRate(context.record.contract, today),
          },
        ],
        validUntil: addDays(today, validDays),
        terms: request.reason,
      },
      on: today,
      by: request.requestedBy,
    });
    const at = deps.clock.now();
    await deps.transact(async (tx) => {
      await tx.quotes.save(quote, request.requestedBy, at);
      const origin = jobOrigin('quotes.draft-from-intake');
      await recordChange(tx, { origin, actor, at, resourceType: 'quotes', resourceId: quote.id });
    });
  });
}
