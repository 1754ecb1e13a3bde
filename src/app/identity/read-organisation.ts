import type { Actor } from '../../domain/identity/policy.js';
import { authorise, inReach } from '../shared/index.js';
import type { IdentityDeps, Organisation } from './ports.js';

/** One organisation the actor may see; one outside its reach reads exactly like one that does not exist. */
export async function readOrganisation(
  options: Pick<IdentityDeps, 'organisations'> & { actor: Actor; organisationId: string },
): Promise<Organisation> {
  authorise(options.actor, 'organisations.read');
  const organisation = await options.organisations.findById(options.organisationId);
  return inReach(
    options.actor,
    'organisations.read',
    organisation,
    (found) => ({ organisationId: found.id }),
    'organisation',
  );
}
