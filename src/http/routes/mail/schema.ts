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
