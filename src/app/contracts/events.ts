/** Events of the contracts module, recorded in the transaction of their change (see shared/events.ts). */
import { z } from 'zod';
import { defineEvent } from '../shared/index.js';

/** A client was signed on a plan. */
export const contractSigned = defineEvent(
  'contract.signed',
  z.object({ contractId: z.string(), clientId: z.string(), start: z.string() }),
);

/** A dated amendment was added to a contract. */
export const contractAmended = defineEvent(
  'contract.amended',
  z.object({ contractId: z.string(), amendmentId: z.string(), kind: z.string() }),
);

/** A period of a contract's hour bank was closed (expiries, overage, next grants appended). */
export const periodClosed = defineEvent(
  'contract.period_closed',
  z.object({ contractId: z.string(), periodKey: z.string() }),
);
