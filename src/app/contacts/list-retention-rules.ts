import type { RetentionRule } from '../../domain/contacts/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { ContactsDeps } from './ports.js';

/** Every organisation's retention rule (provider administrators). */
export async function listRetentionRules(
  options: Pick<ContactsDeps, 'retention'> & { actor: Actor },
): Promise<RetentionRule[]> {
  authorise(options.actor, 'privacy.manage');
  return options.retention.rules();
}
