/** The quotes module's domain events. */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/** A quote version was sent to the client's decision-maker (mail can tell them). */
export const quoteSent = defineEvent(
  'quotes.sent',
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
