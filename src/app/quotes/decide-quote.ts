import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { projectFromQuote } from '../../domain/projects/index.js';
import { decideQuote as decide, type Quote } from '../../domain/quotes/index.js';
import { recordEvent } from '../shared/index.js';
import { quoteDecided } from './events.js';
import type { QuotesDeps } from './ports.js';
import { changeQuote, type QuoteRequest } from './quote-access.js';

/** What the client's decision-maker answers on the version they were sent. */
export interface QuoteAnswer {
  readonly version: number;
  readonly decision: 'approved' | 'rejected';
  readonly reason: string | null;
}

/** The decider as the domain checks it: only a signed-in client's decision-maker decides. */
function deciderOf(actor: Principal) {
  if (!('userId' in actor)) {
    throw new DomainError('forbidden', "only the client's decision-maker decides a quote", 'by');
  }
  return actor;
}

/**
 * The client's decision-maker approves or rejects the version they were sent, within its
 * validity (audited with who and why). An approval makes the quote a project in the same
 * transaction: its lines the first backlog items, its hours and total the budget.
 */
export async function decideQuote(
  options: QuotesDeps & QuoteRequest & { quoteId: string; answer: QuoteAnswer },
): Promise<{ quote: Quote; projectId: string | null }> {
  let projectId: string | null = null;
  const quote = await changeQuote(options, 'quotes.decide', async ({ tx, quote, today, at }) => {
    const decided = decide(quote, { ...options.answer, on: today, by: deciderOf(options.actor) });
    if (options.answer.decision === 'approved') {
      const project = projectFromQuote(decided, options.ids.newId(), () => options.ids.newId());
      await tx.projects.save({ project, roadmap: null, raci: [], funding: [] }, at);
      projectId = project.id;
    }
    await recordEvent(tx, options.ids, at, quoteDecided, {
      contractId: decided.contractId,
      quoteId: decided.id,
      version: options.answer.version,
      decision: options.answer.decision,
      projectId,
    });
    return decided;
  });
  return { quote, projectId };
}
