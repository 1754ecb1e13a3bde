/** The contract API's request and response schemas. */
import { z } from 'zod';
import { localDateSchema } from '../../../domain/time/index.js';
import { instant, jsonObject, localDate, moneyView } from '../common/schema.js';

/** A dated amendment as the API shows it. */
export const amendmentView = z
  .discriminatedUnion('kind', [
    z.object({
      id: z.string(),
      kind: z.literal('temporary_growth'),
      from: localDate,
      extraMinutesPerPeriod: z.number().int(),
      periods: z.number().int(),
    }),
    z.object({
      id: z.string(),
      kind: z.literal('prepaid_hours'),
      on: localDate,
      minutes: z.number().int(),
      price: moneyView.nullable(),
    }),
    z.object({
      id: z.string(),
      kind: z.literal('parameter_change'),
      from: localDate,
      changes: jsonObject.describe('the plan parameters that change, in their JSON form'),
    }),
  ])
  .meta({ id: 'Amendment' });

/** A contract as the API shows it. */
export const contractView = z
  .object({
    id: z.string(),
    name: z.string(),
    clientId: z.string(),
    planId: z.string().nullable(),
    start: localDate,
    end: localDate.nullable(),
    plan: jsonObject.describe(
      'the plan parameters the contract was signed on (as `Plan.params`; money as {amount, currency})',
    ),
    amendments: z.array(amendmentView),
    createdAt: instant,
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
