/**
 * Typed calls of the plan catalogue and of contract management (new contracts, amendments,
 * authorised requesters), with the shapes of their answers as in `/openapi.json`.
 */
import { ApiError, asApiError, request } from './client.js';
import type { Contract } from './desk.js';

/** Money as the API writes it (an exact decimal string). */
export interface MoneyJson {
  amount: string;
  currency: string;
}

/** Plan parameters as JSON; the form reads a few of them by name. */
export type PlanParams = Record<string, unknown>;

/** A plan of the catalogue. */
export interface Plan {
  id: string;
  name: string;
  presetId: string | null;
  params: PlanParams;
  createdAt: string;
  updatedAt: string;
}

/** A seed plan: its parameters, the clause they come from and what the seed leaves open. */
export interface Preset {
  id: string;
  name: string;
  source: string;
  params: PlanParams;
  needs: string[];
}

/** The body of `POST /api/plans` and `PUT /api/plans/:id`. */
export interface PlanInput {
  name: string;
  presetId: string | null;
  params: PlanParams;
}

/** The body of `POST /api/contracts`. */
export interface NewContract {
  clientId: string;
  planId: string;
  name: string;
  start: string;
  end: string | null;
  overrides: Record<string, unknown>;
}

/** A dated amendment as the API shows it. */
export type Amendment =
  | {
      id: string;
      kind: 'temporary_growth';
      from: string;
      extraMinutesPerPeriod: number;
      periods: number;
    }
  | { id: string; kind: 'prepaid_hours'; on: string; minutes: number; price: MoneyJson | null }
  | { id: string; kind: 'parameter_change'; from: string; changes: Record<string, unknown> };

/** A new amendment (the server gives it its id). */
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
  throw new ApiError(error.status, error.code, error.message, error.requestId, fields);
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
    request<{ userIds: string[] }>('GET', contractPath(id, '/requesters')),
  setRequesters: (id: string, userIds: readonly string[]) =>
    request<{ userIds: string[] }>('PUT', contractPath(id, '/requesters'), { body: { userIds } }),
};
