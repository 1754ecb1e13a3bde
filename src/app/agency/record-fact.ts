import type { AttentionCause, ImpasseFact } from '../../domain/agency/index.js';
import { invalidInput } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { actingPerson, changeAccount } from './account.js';
import type { AgencyDeps, RecordedFact } from './ports.js';

/** A fact a person records (the others are recorded by the rules themselves). */
export type PersonFact =
  | { readonly kind: 'call_of_attention'; readonly cause: AttentionCause; readonly note: string }
  | { readonly kind: 'client_complaint'; readonly note: string };

/**
 * Records a call of attention from the agency to the client, with its cause, or a complaint of
 * the client about the agency (seed 004 §5): facts the monthly impasse evaluation counts.
 */
export async function recordFact(
  options: AgencyDeps & { actor: Principal; origin: Origin; contractId: string; fact: PersonFact },
): Promise<RecordedFact> {
  const given = options.fact;
  const action = given.kind === 'call_of_attention' ? 'agency.work' : 'agency.complain';
  return changeAccount(options, action, async ({ tx, now }) => {
    const note = given.note.trim();
    if (note === '') throw invalidInput('note', 'must not be empty');
    const fact: ImpasseFact = { ...given, note, at: now };
    const recorded = { id: options.ids.newId(), fact, recordedBy: actingPerson(options.actor) };
    await tx.agency.addFacts(options.contractId, [recorded]);
    return { result: recorded, resourceType: 'agency_facts', resourceId: recorded.id };
  });
}
