/** Request and response schemas of the mail routes (the web app imports their types). */
import { z } from 'zod';
import { fateReasons, mailFates } from '../../../domain/mail/fate.js';
import { instant } from '../common/schema.js';

const outgoingStatuses = ['queued', 'sending', 'sent', 'held', 'failed'] as const;

/** Filters of the received-mail list. */
export const receivedQuery = z.object({
  fate: z.enum([...mailFates, 'pending']).optional(),
  reason: z.enum(fateReasons).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A received message with its fate. */
export const receivedView = z.object({
  id: z.string(),
  receivedAt: instant,
  source: z.enum(['smtp', 'imap']),
  size: z.number().int(),
  messageId: z.string(),
  from: z.string().nullable(),
  subject: z.string(),
  text: z.string(),
  fate: z.enum([...mailFates, 'pending']),
  reason: z.enum(fateReasons).nullable(),
  ticketId: z.string().nullable(),
  processedAt: instant.nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  attachments: z.array(
    z.object({
      id: z.string(),
      filename: z.string(),
      contentType: z.string(),
      inline: z.boolean(),
      size: z.number().int(),
    }),
  ),
});

/** Releasing a quarantined message to a new ticket. */
export const releaseBody = z.object({ contractId: z.string(), requesterId: z.string() });

/** What became of a message after a decision on it. */
export const fateView = z.object({
  fate: z.enum(mailFates),
  reason: z.enum(fateReasons).nullable(),
  ticketId: z.string().nullable(),
});

/** Filters of the mail viewer. */
export const outgoingQuery = z.object({
  status: z.enum(outgoingStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A message Pacta sent or holds. */
export const outgoingView = z.object({
  id: z.string(),
  messageId: z.string(),
  ticketId: z.string().nullable(),
  to: z.string(),
  toName: z.string(),
  language: z.enum(['es', 'en']),
  subject: z.string(),
  text: z.string(),
  automatic: z.boolean(),
  status: z.enum(outgoingStatuses),
  attempts: z.number().int(),
  createdAt: instant,
  sendAfter: instant,
  sentAt: instant.nullable(),
  lastError: z.string().nullable(),
});

/** What to do with a message once stored: flag it \Seen, or move it to a folder. */
const afterAccept = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flag') }),
  z.object({ kind: z.literal('move'), to: z.string().trim().min(1).max(200) }),
]);

const settings = {
  name: z.string().trim().min(1).max(120),
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or an IP address'),
  port: z.number().int().min(1).max(65535),
  /** TLS from the first byte (993); otherwise STARTTLS when the server offers it. */
  secure: z.boolean(),
  username: z.string().min(1).max(320),
  folder: z.string().trim().min(1).max(200).default('INBOX'),
  afterAccept: afterAccept.default({ kind: 'flag' }),
  active: z.boolean().default(true),
};

const password = z.string().min(1).max(1000);

/** A new mailbox; the password is sealed before it is stored. */
export const mailboxCreateBody = z.object({ ...settings, password });

/** A mailbox's new settings; without `password` the stored one is kept. */
export const mailboxUpdateBody = z.object({ ...settings, password: password.optional() });

/** A mailbox as answered: never its password. */
export const mailboxView = z.object({
  id: z.string(),
  name: z.string(),
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  username: z.string(),
  folder: z.string(),
  afterAccept,
  active: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
  lastPolledAt: instant.nullable(),
  lastAccepted: z.number().int(),
  lastError: z.string().nullable(),
});

/** The outcome of a "test connection". */
export const mailboxProbeView = z.object({ ok: z.boolean(), error: z.string().nullable() });
