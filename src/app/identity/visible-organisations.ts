import type { Actor } from '../../domain/identity/policy.js';
import { isProviderRole } from '../../domain/identity/roles.js';

/** The organisations a listing may show the actor: all for provider staff (undefined), else its reach. */
export function visibleOrganisationIds(actor: Actor): readonly string[] | undefined {
  if (isProviderRole(actor.role)) return undefined;
  return [actor.organisationId, ...actor.managedClientIds];
}
