/** Plan parameters and amendments as jsonb (money as `{amount, currency}`), for contracts and plans. */
import { z } from 'zod';
import { type Amendment, amendmentSchema } from '../../domain/contracts/index.js';
import { type PlanParams, planParamsSchema } from '../../domain/plans/params.js';

/** Plan params to their JSON text for a jsonb column. */
export function encodePlan(plan: PlanParams): string {
  return JSON.stringify(z.encode(planParamsSchema, plan));
}

/** Plan params from a jsonb column (written by {@link encodePlan}). */
export function decodePlan(json: unknown): PlanParams {
  return z.decode(planParamsSchema, json as z.input<typeof planParamsSchema>);
}

/** An amendment to its JSON text. */
export function encodeAmendment(amendment: Amendment): string {
  return JSON.stringify(z.encode(amendmentSchema, amendment));
}

/** An amendment from a jsonb column. */
export function decodeAmendment(json: unknown): Amendment {
  return z.decode(amendmentSchema, json as z.input<typeof amendmentSchema>);
}
