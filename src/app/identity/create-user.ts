import { DomainError, invalidInput } from '../../domain/errors.js';
import { organisationKindOf, type Role } from '../../domain/identity/roles.js';
import type { OrganisationRepository, User, UserRepository } from '../ports.js';
import { hashPassword } from './secrets.js';

/** Minimum password length for every login. */
export const minimumPasswordLength = 12;

/**
 * Adds a user to an organisation with a role of that organisation's kind; without a password the
 * user is a contact who cannot sign in (people who only write by email).
 */
export async function createUser(options: {
  organisations: OrganisationRepository;
  users: UserRepository;
  organisationId: string;
  email: string;
  name: string;
  locale: 'es' | 'en';
  role: Role;
  password: string | null;
}): Promise<User> {
  const organisation = await options.organisations.findById(options.organisationId);
  if (!organisation) throw invalidInput('organisationId', 'no such organisation');
  if (organisationKindOf(options.role) !== organisation.kind) {
    throw invalidInput(
      'role',
      `role ${options.role} does not belong to a ${organisation.kind} organisation`,
    );
  }
  if (options.password !== null && options.password.length < minimumPasswordLength) {
    throw invalidInput('password', `must be at least ${minimumPasswordLength} characters`);
  }
  if (await options.users.findByEmail(options.email)) {
    throw new DomainError('conflict', 'a user with this email already exists', 'email');
  }
  return options.users.create({
    organisationId: organisation.id,
    email: options.email,
    name: options.name,
    locale: options.locale,
    role: options.role,
    passwordHash: options.password === null ? null : await hashPassword(options.password),
  });
}
