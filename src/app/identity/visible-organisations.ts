import type { Principal } from '../../domain/identity/policy.js';
import { isProviderRole } from '../../domain/identity/roles.js';

/** The organisations a listing may show: all for provider staff and the installation (undefined), else the actor's reach. */
export function visibleOrganisationIds(principal: Principal): readonly string[] | undefined {
  if ('system' in principal || isProviderRole(principal.role)) return undefined;
  return [principal.organisationId, ...principal.managedClientIds];
}
