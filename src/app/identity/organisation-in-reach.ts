import { DomainError } from '../../domain/errors.js';
import { type Action, type Actor, can } from '../../domain/identity/policy.js';
import type { Organisation, OrganisationRepository } from '../ports.js';

/**
 * Loads an organisation the actor may act on: one outside its reach is reported exactly like one
 * that does not exist, so ids of other tenants leak nothing.
 */
export async function organisationInReach(options: {
  organisations: OrganisationRepository;
  actor: Actor;
  action: Action;
  organisationId: string;
}): Promise<Organisation> {
  const { actor, action, organisationId } = options;
  const organisation = await options.organisations.findById(organisationId);
  if (!organisation || !can(actor, action, { organisationId })) {
    throw new DomainError('not_found', 'no such organisation');
  }
  return organisation;
}
