import type { Principal } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { IdentityDeps, User } from './ports.js';
import { visibleOrganisationIds } from './visible-organisations.js';

/** The users the actor can see, optionally of one organisation. */
export async function listUsers(
  options: Pick<IdentityDeps, 'users'> & {
    actor: Principal;
    organisationId?: string | undefined;
  },
): Promise<User[]> {
  authorise(options.actor, 'users.read');
  const visible = visibleOrganisationIds(options.actor);
  const wanted = options.organisationId;
  if (wanted === undefined) return options.users.list(visible);
  if (visible && !visible.includes(wanted)) return [];
  return options.users.list([wanted]);
}
