import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { IdentityDeps, Organisation } from './ports.js';
import { visibleOrganisationIds } from './visible-organisations.js';

/** The organisations the actor can see: all for provider staff, its own and managed clients otherwise. */
export async function listOrganisations(
  options: Pick<IdentityDeps, 'organisations'> & { actor: Actor },
): Promise<Organisation[]> {
  authorise(options.actor, 'organisations.read');
  return options.organisations.list(visibleOrganisationIds(options.actor));
}
