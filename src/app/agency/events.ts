/** The agency module's domain events. */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/**
 * An activity was declined as out of scope (seed 004 §3.4.1): the quotes module prices it
 * (estimated hours × rate) for the client's decision-maker to approve or reject.
 */
export const quoteRequested = defineEvent(
  'agency.quote_requested',
  z.object({
    contractId: z.string(),
    activityId: z.string(),
    title: z.string(),
    reason: z.string(),
    requestedBy: z.string(),
    requestedAt: z.number(),
  }),
);
