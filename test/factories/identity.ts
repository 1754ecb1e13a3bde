/** Builders of identity records and of the actors use-cases are called with. */
import type { Organisation, User } from '../../src/app/identity/index.js';
import type { Actor } from '../../src/domain/identity/policy.js';
import { organisationKindOf } from '../../src/domain/identity/roles.js';
import { fixedId } from '../fakes/ids.js';

const createdAt = new Date('2026-01-05T10:00:00Z');

/** A client organisation (override `kind` for a provider or partner). */
export function buildOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: fixedId(9001),
    kind: 'client',
    name: 'Tienda Sol',
    partnerId: null,
    timeZone: 'Europe/Madrid',
    createdAt,
    ...overrides,
  };
}

/** A user with a login (override the password hash with null for a contact). */
export function buildUser(
  overrides: Partial<User> & { passwordHash?: string | null } = {},
): User & { passwordHash: string | null } {
  const passwordHash =
    overrides.passwordHash === undefined ? 'scrypt$hash' : overrides.passwordHash;
  return {
    id: fixedId(9101),
    organisationId: fixedId(9001),
    email: 'lucia@tiendasol.example',
    name: 'Lucía Pérez',
    locale: 'es',
    role: 'client_requester',
    active: true,
    createdAt,
    ...overrides,
    passwordHash,
    hasLogin: passwordHash !== null,
  };
}

/** The actor a user acts as (a partner's managed clients given apart). */
export function actorOf(user: User, managedClientIds: readonly string[] = []): Actor {
  return {
    userId: user.id,
    organisationId: user.organisationId,
    organisationKind: organisationKindOf(user.role),
    role: user.role,
    managedClientIds,
  };
}
