import { DomainError } from '../../domain/errors.js';
import type { IdentityDeps, Organisation, User } from './ports.js';

/** The signed-in user and its organisation ("who am I"). */
export async function readMe(
  options: Pick<IdentityDeps, 'organisations'> & { user: User },
): Promise<{ user: User; organisation: Organisation }> {
  const organisation = await options.organisations.findById(options.user.organisationId);
  if (!organisation) throw new DomainError('unauthenticated', 'sign in first');
  return { user: options.user, organisation };
}
