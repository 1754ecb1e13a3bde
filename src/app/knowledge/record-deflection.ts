import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import {
  canRead,
  checkDeflectionEvent,
  type DeflectionEvent,
  type DraftOutcomeKind,
  draftOutcomes,
} from '../../domain/knowledge/index.js';
import { authorise } from '../shared/index.js';
import type { KnowledgeDeps, KnowledgeTx } from './ports.js';

/** An event as the portal reports it: the server adds the client and the instant. */
export type DraftReport =
  | {
      readonly id: string;
      readonly draftId: string;
      readonly kind: 'suggested';
      readonly articleIds: readonly string[];
    }
  | {
      readonly id: string;
      readonly draftId: string;
      readonly kind: 'solved';
      readonly articleId: string;
    }
  | {
      readonly id: string;
      readonly draftId: string;
      readonly kind: 'submitted';
      readonly ticketId: string;
    };

/** The articles an event names must be ones the client can open (else the field is named). */
async function checkArticles(tx: KnowledgeTx, report: DraftReport): Promise<void> {
  const named =
    report.kind === 'suggested'
      ? report.articleIds.map((id, index) => ({ id, field: `articleIds.${index}` }))
      : report.kind === 'solved'
        ? [{ id: report.articleId, field: 'articleId' }]
        : [];
  for (const { id, field } of named) {
    const article = await tx.knowledge.findArticle(id);
    if (article === undefined || !canRead('client', article)) {
      throw new DomainError('invalid_input', 'no such published public article', field);
    }
  }
}

/**
 * Records what the portal reports about a client's new-request draft (issue 17, deflection):
 * articles suggested, "this solved it" (closes nothing: there is no ticket yet), or the request
 * sent. A retried event (same id) is stored once, and a draft takes nothing after it was sent.
 * Answers how the draft stands now.
 */
export async function recordDeflection(
  options: Pick<KnowledgeDeps, 'clock' | 'transact'> & { actor: Actor; report: DraftReport },
): Promise<{ recorded: boolean; outcome: DraftOutcomeKind }> {
  authorise(options.actor, 'knowledge.deflect');
  const at = options.clock.now().getTime();
  const event: DeflectionEvent = {
    ...options.report,
    clientId: options.actor.organisationId,
    at,
  } as DeflectionEvent;
  return options.transact(async (tx) => {
    await checkArticles(tx, options.report);
    const history = await tx.deflections.draftEvents(event.clientId, event.draftId);
    checkDeflectionEvent(history, event);
    const recorded = await tx.deflections.record(event);
    const [draft] = draftOutcomes(recorded ? [...history, event] : history);
    return { recorded, outcome: draft?.outcome ?? 'abandoned' };
  });
}
