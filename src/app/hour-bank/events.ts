/** Events of the hour-bank module, recorded in the transaction of their change. */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/** Work was logged whose deduction waits for the client's decision-maker (seed 002). */
export const consumptionAwaitingApproval = defineEvent(
  'consumption.awaiting_approval',
  z.object({
    contractId: z.string(),
    consumeId: z.string(),
    ticketRef: z.string(),
    minutes: z.number().int(),
    on: z.string(),
  }),
);

/** The client's decision-maker approved or rejected consumption awaiting approval. */
export const consumptionDecided = defineEvent(
  'consumption.decided',
  z.object({
    contractId: z.string(),
    consumeId: z.string(),
    decision: z.enum(['approved', 'rejected']),
  }),
);
