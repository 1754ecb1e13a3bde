import { DomainError, invalidInput } from '../../domain/errors.js';
import { type Principal, permits } from '../../domain/identity/policy.js';
import { organisationKindOf, type Role } from '../../domain/identity/roles.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps, User } from './ports.js';
import { hashPassword } from './secrets.js';

/** Minimum password length for every login. */
export const minimumPasswordLength = 12;

/** A new user as an administrator (or the command line) describes it. */
export interface NewUser {
  organisationId: string;
  email: string;
  name: string;
  locale: 'es' | 'en';
  role: Role;
  /** Null: a contact who cannot sign in (people who only write by email). */
  password: string | null;
}

/**
 * Adds a user to an organisation with a role of that organisation's kind; without a password the
 * user is a contact who cannot sign in. Emails are unique, case-insensitively.
 */
export async function createUser(
  options: Pick<IdentityDeps, 'clock' | 'ids' | 'organisations' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    user: NewUser;
  },
): Promise<User> {
  const { actor, user: input } = options;
  authorise(actor, 'users.manage');
  const organisation = await options.organisations.findById(input.organisationId);
  if (!organisation || !permits(actor, 'users.manage', { organisationId: organisation.id })) {
    throw invalidInput('organisationId', 'no such organisation');
  }
  if (organisationKindOf(input.role) !== organisation.kind) {
    throw invalidInput(
      'role',
      `role ${input.role} does not belong to a ${organisation.kind} organisation`,
    );
  }
  if (input.password !== null && input.password.length < minimumPasswordLength) {
    throw invalidInput('password', `must be at least ${minimumPasswordLength} characters`);
  }
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  const at = options.clock.now();
  return options.transact(async (tx) => {
    if (await tx.users.findByEmail(input.email)) {
      throw new DomainError('conflict', 'a user with this email already exists', 'email');
    }
    const user = await tx.users.create({
      id: options.ids.newId(),
      organisationId: organisation.id,
      email: input.email,
      name: input.name,
      locale: input.locale,
      role: input.role,
      passwordHash,
      createdAt: at,
    });
    await recordChange(tx, { ...options, at, resourceType: 'users', resourceId: user.id });
    return user;
  });
}
