/** The quotes module's domain events. */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/** A quote version was sent to the client's decision-maker (mail can tell them). */
export const quoteSent = defineEvent(
  'quotes.sent',
  z.object({ contractId: z.string(), quoteId: z.string(), version: z.number() }),
);

/** A sent, rejected or expired version was superseded by a new draft (its approval mail is withdrawn). */
export const quoteRevised = defineEvent(
  'quotes.revised',
  z.object({ contractId: z.string(), quoteId: z.string(), supersededVersion: z.number() }),
);

/** The provider withdrew a quote: the approval mail of its current version is withdrawn. */
export const quoteWithdrawn = defineEvent(
  'quotes.withdrawn',
  z.object({ contractId: z.string(), quoteId: z.string(), version: z.number() }),
);

/** The client's decision-maker approved or rejected a quote; an approval made `projectId`. */
export const quoteDecided = defineEvent(
  'quotes.decided',
  z.object({
    contractId: z.string(),
    quoteId: z.string(),
    version: z.number(),
    decision: z.enum(['approved', 'rejected']),
    projectId: z.string().nullable(),
  }),
);
