/** The identity API's request and response schemas (the web app types its calls from these). */
import { z } from 'zod';
import { organisationKinds, roles } from '../../../domain/identity/roles.js';
import { instant } from '../common/schema.js';

/** The languages a user can have. */
export const localeSchema = z.enum(['es', 'en']);

/** A user as the API shows it. */
export const userView = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    email: z.string(),
    name: z.string(),
    locale: localeSchema,
    role: z.enum(roles),
    active: z.boolean(),
    hasLogin: z.boolean().describe('false for contacts who only write by email'),
    createdAt: instant,
  })
  .meta({ id: 'User' });

/** An organisation as the API shows it. */
export const organisationView = z
  .object({
    id: z.string(),
    kind: z.enum(organisationKinds),
    name: z.string(),
    partnerId: z.string().nullable(),
    timeZone: z.string().describe('IANA name: the zone its people type and read wall times in'),
    createdAt: instant,
  })
  .meta({ id: 'Organisation' });

/** Body of sign-in. */
export const loginBody = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1024),
  code: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe('for users with two-factor sign-in on: the app’s code, or a recovery code'),
});

/** The answer to sign-in. */
export const sessionView = z.object({ user: userView, expiresAt: instant });

/** "Who am I". */
export const meView = z.object({ user: userView, organisation: organisationView });

/** A personal API token's public part. */
export const tokenView = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: instant,
    expiresAt: instant.nullable(),
    revokedAt: instant.nullable(),
    lastUsedAt: instant.nullable(),
  })
  .meta({ id: 'ApiToken' });

/** Body of a new API token. */
export const newTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});

/** Body of a new client or partner. */
export const newOrganisationBody = z.object({
  kind: z.enum(['client', 'partner']),
  name: z.string().trim().min(1).max(200),
  partnerId: z.uuid().nullable().default(null).describe('the partner that manages this client'),
});

/** Body of setting an organisation's time zone (an IANA name such as `Europe/Madrid`). */
export const organisationTimeZoneBody = z.object({ timeZone: z.string().trim().min(1).max(100) });

/** Body of a new user. */
export const newUserBody = z.object({
  organisationId: z.uuid(),
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  locale: localeSchema.default('es'),
  role: z.enum(roles),
  password: z.string().max(1024).nullable().default(null),
});

/** Body of a user update. */
export const userChangesBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    locale: localeSchema,
    role: z.enum(roles),
    active: z.boolean(),
  })
  .partial()
  .strict()
  .refine(
    (changes) => Object.keys(changes).length > 0,
    'give at least one of name, locale, role, active',
  );

/** One line of the audit log. */
export const auditEntryView = z
  .object({
    id: z.string(),
    at: instant,
    via: z
      .enum(['http', 'cli', 'job', 'mail', 'system'])
      .describe(
        'the door the action came through: an API request, the command line, a job, start-up',
      ),
    actorUserId: z.string().nullable(),
    actorOrganisationId: z.string().nullable(),
    action: z
      .string()
      .describe(
        'method and route ("POST /api/users"), command ("pacta user add") or job ("job close-periods")',
      ),
    resourceType: z.string().nullable(),
    resourceId: z.string().nullable(),
    outcome: z.number().nullable().describe('HTTP status of the answer; null outside HTTP'),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

/** Filters of the audit log. */
export const auditQuery = z.object({
  actorUserId: z.uuid().optional(),
  action: z.string().max(200).optional(),
  resourceType: z.string().max(100).optional(),
  resourceId: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z
    .string()
    .regex(/^\d+$/)
    .optional()
    .describe('id of the last entry of the previous page'),
});

/** A new token with its secret, shown only in this answer. */
export const createdTokenView = z.object({ token: tokenView, secret: z.string() });

/** Body of "I forgot my password". */
export const resetRequestBody = z.object({ email: z.email().max(320) });

/** Body of a completed reset: the link's secret and the new password. */
export const resetCompletionBody = z.object({
  token: z.string().min(1).max(200).describe('the secret after `#token=` in the mailed link'),
  password: z.string().max(1024),
});

/** One of the signed-in user's own web sessions. */
export const sessionInfoView = z
  .object({
    id: z.string(),
    createdAt: instant,
    expiresAt: instant,
    lastUsedAt: instant.nullable(),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    current: z.boolean().describe('true for the session this request came with'),
  })
  .meta({ id: 'Session' });
