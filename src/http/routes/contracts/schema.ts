/** The contract API's request and response schemas. */
import { z } from 'zod';
import { localDateSchema } from '../../../domain/time/index.js';

const json = z.record(z.string(), z.unknown());

/** A contract as the API shows it. */
export const contractView = z
  .object({
    id: z.string(),
    name: z.string(),
    clientId: z.string(),
    planId: z.string().nullable(),
    start: z.string(),
    end: z.string().nullable(),
    plan: json,
    amendments: z.array(json),
    createdAt: z.string(),
  })
  .meta({ id: 'Contract' });

/** Body of a new contract. */
export const newContractBody = z.object({
  clientId: z.uuid(),
  planId: z.uuid(),
  name: z.string().trim().min(1).max(200),
  start: localDateSchema,
  end: localDateSchema.nullable().default(null),
  overrides: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('plan parameters that differ for this client'),
});

/** Body of a new amendment (checked by the use-case, which names the failing field). */
export const amendmentBody = z
  .record(z.string(), z.unknown())
  .describe('{kind: "temporary_growth", from, extraMinutesPerPeriod, periods} …');

/** The authorised requesters of a contract. */
export const requestersView = z.object({ userIds: z.array(z.string()) });

/** Body of setting the authorised requesters. */
export const requestersBody = z.object({ userIds: z.array(z.uuid()).max(10_000) });
