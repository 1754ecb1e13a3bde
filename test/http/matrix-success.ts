/**
 * The authorisation matrix's rows for the customer-success routes (seeds 001 and 002), on each
 * role's contract (the partner's: its managed client's) and on another tenant's.
 */
import type { Role } from '../../src/domain/identity/roles.js';
import type { MatrixRow } from './matrix-quotes-projects.js';

/** What the rows need: per role the contract it reaches, another tenant's, and the users. */
export interface SuccessContext {
  contractOf: Record<Role, string>;
  otherContract: string;
  userOf: Record<Role, string>;
}

const managers: Role[] = ['provider_admin', 'account_manager'];
const staff: Role[] = ['provider_admin', 'agent', 'account_manager'];
const base = '/api/success/contracts/{contractId}';
const meetingId = '00000000-0000-4000-8000-0000000000ee';

const on = (suffix: string, payload?: (ctx: SuccessContext) => unknown) => ({
  own: (ctx: SuccessContext, role: Role) => ({
    url: `/api/success/contracts/${ctx.contractOf[role]}${suffix}`,
    payload: payload?.(ctx),
  }),
  other: (ctx: SuccessContext) => ({
    url: `/api/success/contracts/${ctx.otherContract}${suffix}`,
    payload: payload?.(ctx),
  }),
});

/** The rows, by documented route; changes on one record are sent an empty body (answered 400). */
export const successRows: Record<string, MatrixRow<SuccessContext>> = {
  [`GET ${base}`]: {
    allowed: [...staff, 'client_requester', 'client_decision_maker', 'partner_agent'],
    ...on(''),
  },
  [`PUT ${base}/csm`]: {
    allowed: managers,
    ...on('/csm', (ctx) => ({ csmUserId: ctx.userOf.account_manager })),
  },
  [`POST ${base}/meetings`]: { allowed: managers, own: on('/meetings', () => ({})).own },
  [`GET ${base}/invitees`]: { allowed: managers, ...on('/invitees') },
  [`POST ${base}/meetings/{meetingId}/move`]: {
    allowed: managers,
    own: on(`/meetings/${meetingId}/move`, () => ({})).own,
  },
  [`POST ${base}/meetings/{meetingId}/cancel`]: {
    allowed: managers,
    own: on(`/meetings/${meetingId}/cancel`, () => ({})).own,
  },
  [`POST ${base}/meetings/{meetingId}/minutes`]: {
    allowed: managers,
    own: on(`/meetings/${meetingId}/minutes`, () => ({})).own,
  },
  [`POST ${base}/requests`]: {
    allowed: [...staff, 'client_decision_maker', 'partner_agent'],
    ...on('/requests', () => ({ kind: 'renewal', description: 'matrix' })),
  },
  [`POST ${base}/requests/{requestId}/status`]: {
    allowed: managers,
    own: on(`/requests/${meetingId}/status`, () => ({})).own,
  },
};
