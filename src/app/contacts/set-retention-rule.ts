import { checkRetentionRules, type RetentionRule } from '../../domain/contacts/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { ContactsDeps } from './ports.js';

/**
 * Sets an organisation's retention rule — anonymise its closed tickets' contacts N months after
 * the last closure, counted in `timeZone` — or removes it (`rule` null). Provider administrators
 * (the data protection officer's call); audited on the organisation.
 */
export async function setRetentionRule(
  options: Pick<ContactsDeps, 'clock' | 'organisations' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    organisationId: string;
    rule: Omit<RetentionRule, 'organisationId'> | null;
  },
): Promise<RetentionRule | null> {
  authorise(options.actor, 'privacy.manage');
  const organisation = await options.organisations.findById(options.organisationId);
  if (organisation === undefined) throw new DomainError('not_found', 'no such organisation');
  const rule = options.rule && { ...options.rule, organisationId: organisation.id };
  if (rule) checkRetentionRules([rule]);
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await tx.retention.saveRule(organisation.id, rule, at);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'organisations',
      resourceId: organisation.id,
    });
  });
  return rule;
}
