import { type RetentionSelection, selectForRetention } from '../../domain/contacts/index.js';
import type { SystemActor } from '../../domain/identity/policy.js';
import { RuleError } from '../../domain/rule-error.js';
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
 * contact anonymised meanwhile is simply no longer due at the next run, and a contact a legal hold
 * keeps (on it, or on a contract of its tickets) is kept with the reason `legal_hold`.
 */
export async function runRetentionRules(
  options: Pick<
    ContactsDeps,
    'clock' | 'ids' | 'contacts' | 'users' | 'storedData' | 'retention' | 'transact'
  > & { actor: SystemActor; origin: Origin },
): Promise<RetentionRun> {
  const rules = await options.retention.rules();
  const candidates = await options.retention.candidates(rules.map((r) => r.organisationId));
  const selection = selectForRetention(rules, candidates, options.clock.now().getTime());
  const anonymised: string[] = [];
  const kept = [...selection.kept];
  for (const { contactId, dueOn } of selection.due) {
    try {
      await anonymiseContact({ ...options, contactId });
      anonymised.push(contactId);
    } catch (error) {
      // a hold placed since the selection was read keeps the contact; anything else stops the run
      if (!(error instanceof RuleError && error.rule === 'legal_hold')) throw error;
      kept.push({ contactId, reason: 'legal_hold', dueOn });
    }
  }
  return { anonymised, kept };
}
