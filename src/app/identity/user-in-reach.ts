import { DomainError } from '../../domain/errors.js';
import { type Action, type Actor, can } from '../../domain/identity/policy.js';
import type { User, UserRepository } from '../ports.js';

/** Loads a user the actor may act on; out of reach reads as not found. */
export async function userInReach(options: {
  users: UserRepository;
  actor: Actor;
  action: Action;
  userId: string;
}): Promise<User> {
  const user = await options.users.findById(options.userId);
  if (!user || !can(options.actor, options.action, { organisationId: user.organisationId })) {
    throw new DomainError('not_found', 'no such user');
  }
  return user;
}
