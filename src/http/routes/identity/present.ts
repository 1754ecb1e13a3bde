/** Serialises identity records for the API (instants as ISO strings). */
import type { z } from 'zod';
import type { ApiToken, Organisation, User } from '../../../app/identity/index.js';
import type { AuditEntry } from '../../../app/shared/index.js';
import type { auditEntryView, organisationView, tokenView, userView } from './schema.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Serialises a user for the API. */
export function presentUser(user: User): z.infer<typeof userView> {
  return { ...user, createdAt: user.createdAt.toISOString() };
}

/** Serialises an organisation for the API. */
export function presentOrganisation(organisation: Organisation): z.infer<typeof organisationView> {
  return { ...organisation, createdAt: organisation.createdAt.toISOString() };
}

/** Serialises an API token's public part. */
export function presentToken(token: ApiToken): z.infer<typeof tokenView> {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt.toISOString(),
    expiresAt: iso(token.expiresAt),
    revokedAt: iso(token.revokedAt),
    lastUsedAt: iso(token.lastUsedAt),
  };
}

/** Serialises an audit entry. */
export function presentAuditEntry(
  entry: AuditEntry & { id: string },
): z.infer<typeof auditEntryView> {
  return { ...entry, at: entry.at.toISOString() };
}
