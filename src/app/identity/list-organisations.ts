import type { Actor } from '../../domain/identity/policy.js';
import type { Organisation, OrganisationRepository } from '../ports.js';
import { visibleOrganisationIds } from './visible-organisations.js';

/** The organisations the actor can see: all for provider staff, its own and managed clients otherwise. */
export function listOrganisations(options: {
  organisations: OrganisationRepository;
  actor: Actor;
}): Promise<Organisation[]> {
  return options.organisations.list(visibleOrganisationIds(options.actor));
}
