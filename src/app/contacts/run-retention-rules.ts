import { type RetentionSelection, selectForRetention } from '../../domain/contacts/index.js';
import type { SystemActor } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { anonymiseContact } from './anonymise-contact.js';
import type { ContactsDeps } from './ports.js';

/** What a run did: the contacts it anonymised, and why the others of ruled organisations wait. */
export interface RetentionRun {
  readonly anonymised: readonly string[];
  readonly kept: RetentionSelection['kept'];
}

/**
 * Applies every organisation's retention rule now (the daily job): each due contact is
 * anonymised exactly as an administrator would (its own transaction, traced and audited); a
 * contact anonymised meanwhile is simply no longer due at the next run.
 */
export async function runRetentionRules(
  options: Pick<
    ContactsDeps,
    'clock' | 'ids' | 'contacts' | 'storedData' | 'retention' | 'transact'
  > & { actor: SystemActor; origin: Origin },
): Promise<RetentionRun> {
  const rules = await options.retention.rules();
  const candidates = await options.retention.candidates(rules.map((r) => r.organisationId));
  const selection = selectForRetention(rules, candidates, options.clock.now().getTime());
  const anonymised: string[] = [];
  for (const { contactId } of selection.due) {
    await anonymiseContact({ ...options, contactId });
    anonymised.push(contactId);
  }
  return { anonymised, kept: selection.kept };
}
