/**
 * Typed calls of the plan catalogue and of contract management (new contracts, amendments,
 * authorised requesters); the shapes of their answers are the server's own response schemas.
 */
import type { z } from 'zod';
import type {
  amendmentView,
  newContractBody,
  requestersView,
} from '../../http/routes/contracts/schema.js';
import type { planBody, planView, presetView } from '../../http/routes/plans/schema.js';
import { ApiError, asApiError, request } from './client.js';
import type { Contract } from './desk.js';

/** Plan parameters as JSON; the form reads a few of them by name. */
export type PlanParams = Plan['params'];

/** A plan of the catalogue. */
export type Plan = z.infer<typeof planView>;

/** A seed plan: its parameters, the clause they come from and what the seed leaves open. */
export type Preset = z.infer<typeof presetView>;

/** The body of `POST /api/plans` and `PUT /api/plans/:id`. */
export type PlanInput = z.input<typeof planBody>;

/** The body of `POST /api/contracts`. */
export type NewContract = z.input<typeof newContractBody>;

/** A dated amendment as the API shows it. */
export type Amendment = z.infer<typeof amendmentView>;

/** A new amendment the web app adds (the server gives it its id). */
export type NewAmendment =
  | Omit<Extract<Amendment, { kind: 'temporary_growth' }>, 'id'>
  | Omit<Extract<Amendment, { kind: 'prepaid_hours' }>, 'id'>;

/**
 * The plan routes name a parameter `body.params.x`, `params.x` or (with a preset)
 * `body.plan.x`: rewrite them all to `body.x`, the paths the plan form's fields use.
 */
export function atPlanFields(failure: unknown): never {
  const error = asApiError(failure);
  const fields = error.fields.map((issue) => ({
    ...issue,
    path: `body.${issue.path.replace(/^(body\.)?(plan|params)?\.*/, '')}`,
  }));
  throw new ApiError(error.status, error.code, error.message, error.requestId, fields, error.rule);
}

const planPath = (id: string) => `/api/plans/${encodeURIComponent(id)}`;
const contractPath = (id: string, rest = '') => `/api/contracts/${encodeURIComponent(id)}${rest}`;

/** Every plan and contract-management call of the web app. */
export const plans = {
  presets: () => request<Preset[]>('GET', '/api/plans/presets'),
  list: () => request<Plan[]>('GET', '/api/plans'),
  create: (plan: PlanInput) =>
    request<Plan>('POST', '/api/plans', { body: plan }).catch(atPlanFields),
  replace: (id: string, plan: PlanInput) =>
    request<Plan>('PUT', planPath(id), { body: plan }).catch(atPlanFields),
  createContract: (contract: NewContract) =>
    request<Contract>('POST', '/api/contracts', { body: contract }),
  amend: (id: string, amendment: NewAmendment) =>
    request<Contract>('POST', contractPath(id, '/amendments'), { body: amendment }),
  requesters: (id: string) =>
    request<z.infer<typeof requestersView>>('GET', contractPath(id, '/requesters')),
  setRequesters: (id: string, userIds: readonly string[]) =>
    request<z.infer<typeof requestersView>>('PUT', contractPath(id, '/requesters'), {
      body: { userIds },
    }),
};
