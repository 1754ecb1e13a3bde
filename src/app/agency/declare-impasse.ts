import {
  type Commitment,
  declareImpasse as declare,
  type Impasse,
} from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { isProviderRole } from '../../domain/identity/roles.js';
import type { Origin } from '../shared/index.js';
import { actingPerson, changeAccount } from './account.js';
import { evaluateMonth } from './evaluate-month.js';
import type { AgencyDeps } from './ports.js';

/** What a declaration says: the month whose evaluation grounds it, the statement, the acta. */
export interface ImpasseDeclarationInput {
  readonly month: string;
  readonly statement: string;
  readonly commitments: readonly Omit<Commitment, 'id' | 'doneAt'>[];
}

/**
 * Either side declares an impasse (seed 004 §5) on the grounds the month's evaluation found:
 * the commitments record (acta) opens with owners and due dates, and a follow-up with both
 * sides' sponsors is scheduled every two weeks, clear of the contract's ceremonies.
 */
export async function declareImpasse(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    declaration: ImpasseDeclarationInput;
  },
): Promise<Impasse> {
  return changeAccount(options, 'agency.agree', async ({ tx, account, contract, now }) => {
    const { calendar } = contract;
    const input = options.declaration;
    const evaluation = evaluateMonth(
      calendar,
      account,
      await tx.agency.facts(options.contractId),
      input.month,
    );
    const sponsorsOf = (side: 'agency' | 'client') =>
      account.people.filter((p) => p.side === side && p.role === 'sponsor').map((p) => p.personId);
    const taken = (await tx.agency.ceremonies(options.contractId)).map((c) => c.slot);
    const side =
      'role' in options.actor && !isProviderRole(options.actor.role) ? 'client' : 'agency';
    const impasse = declare(calendar, {
      id: options.ids.newId(),
      declaredBy: actingPerson(options.actor),
      side,
      at: now,
      statement: input.statement,
      grounds: evaluation.triggers,
      commitments: input.commitments.map((c) => ({ ...c, id: options.ids.newId() })),
      sponsors: { agency: sponsorsOf('agency'), client: sponsorsOf('client') },
      taken,
      preferredTime: account.preferredTime,
    });
    await tx.agency.saveImpasse(options.contractId, impasse);
    return { result: impasse, resourceType: 'agency_impasses', resourceId: impasse.id };
  });
}
