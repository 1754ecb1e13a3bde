import { z } from 'zod';
import type { Organisation, User } from '../../../app/ports.js';
import { organisationKinds, roles } from '../../../domain/identity/roles.js';

/** A user as the API shows it. */
export const userView = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(['es', 'en']),
    role: z.enum(roles),
    active: z.boolean(),
    hasLogin: z.boolean().describe('false for contacts who only write by email'),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

/** An organisation as the API shows it. */
export const organisationView = z
  .object({
    id: z.string(),
    kind: z.enum(organisationKinds),
    name: z.string(),
    partnerId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });

/** Serialises a user for the API. */
export function presentUser(user: User): z.infer<typeof userView> {
  return { ...user, createdAt: user.createdAt.toISOString() };
}

/** Serialises an organisation for the API. */
export function presentOrganisation(organisation: Organisation): z.infer<typeof organisationView> {
  return { ...organisation, createdAt: organisation.createdAt.toISOString() };
}
