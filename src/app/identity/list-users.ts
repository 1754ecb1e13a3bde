import type { Actor } from '../../domain/identity/policy.js';
import type { User, UserRepository } from '../ports.js';
import { visibleOrganisationIds } from './visible-organisations.js';

/** The users the actor can see, optionally of one organisation. */
export async function listUsers(options: {
  users: UserRepository;
  actor: Actor;
  organisationId?: string | undefined;
}): Promise<User[]> {
  const visible = visibleOrganisationIds(options.actor);
  const wanted = options.organisationId;
  if (wanted === undefined) return options.users.list(visible);
  if (visible && !visible.includes(wanted)) return [];
  return options.users.list([wanted]);
}
