/** Events of the reports module, recorded in the transaction of their change (see shared/events.ts). */
import { z } from 'zod';
import { reportKinds } from '../../domain/reports/index.js';
import { defineEvent } from '../shared/index.js';

/** A report was archived as issued: what the mail module sends to the client when it lands. */
export const reportIssued = defineEvent(
  'report.issued',
  z.object({
    reportId: z.string(),
    contractId: z.string(),
    kind: z.enum(reportKinds),
    periodStart: z.string(),
    version: z.number().int().positive(),
    reason: z.enum(['scheduled', 'requested']),
  }),
);
