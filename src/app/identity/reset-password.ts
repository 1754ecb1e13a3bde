import { DomainError, invalidInput } from '../../domain/errors.js';
import type { IdentityPorts } from '../ports.js';
import { minimumPasswordLength } from './create-user.js';
import { hashPassword } from './secrets.js';

/** Sets a new password for a user found by email and ends all of that user's sessions. */
export async function resetPassword(options: {
  ports: Pick<IdentityPorts, 'users' | 'sessions'>;
  email: string;
  password: string;
}): Promise<void> {
  if (options.password.length < minimumPasswordLength) {
    throw invalidInput('password', `must be at least ${minimumPasswordLength} characters`);
  }
  const user = await options.ports.users.findByEmail(options.email);
  if (!user) throw new DomainError('not_found', `no user with email ${options.email}`, 'email');
  await options.ports.users.setPasswordHash(user.id, await hashPassword(options.password));
  await options.ports.sessions.deleteForUser(user.id);
}
