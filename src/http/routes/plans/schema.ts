/** The plan API's request and response schemas. */
import { z } from 'zod';
import { instant, jsonObject } from '../common/schema.js';

/** A plan of the catalogue as the API shows it. */
export const planView = z
  .object({
    id: z.string(),
    name: z.string(),
    presetId: z.string().nullable(),
    params: jsonObject.describe('plan parameters; money as {amount, currency}'),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Plan' });

/** A seed plan preset. */
export const presetView = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string().describe('the seed agreement and clause it comes from'),
  params: z.record(z.string(), z.unknown()),
  needs: z
    .array(z.string())
    .describe('parameters the seed leaves open: give them when creating the plan'),
});

/** Body of create and replace. */
export const planBody = z.object({
  name: z.string().trim().min(1).max(200),
  presetId: z.string().max(100).nullable().default(null),
  params: z
    .record(z.string(), z.unknown())
    .describe('full parameters, or with a preset the values to add or override'),
});
