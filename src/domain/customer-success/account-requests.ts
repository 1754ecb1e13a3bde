/**
 * Account requests (seed 001: the CSM handles "gestión de la cuenta (cambio de parámetros,
 * contratación de servicios adicionales, renovaciones de contratos, etc.)"), tracked with their
 * outcome:
 * - a direct client's decision-maker raises them (or the provider's staff on the client's behalf);
 *   for an indirect client only its partner does ("El Partner tendrá comunicación directa con
 *   Sales Layer para gestionar … cambios de parámetros, contratación de servicios adicionales,
 *   renovaciones"), so the client's own users are told to ask their partner;
 * - customer success answers within three business days ("entre uno o tres días laborales"):
 *   the first answer is due by the end of the third business day after the request;
 * - the outcome fits the request: a parameter change becomes a contract amendment, additional
 *   services a quote or a referral to a Partner, a renewal a renewed term or an amendment; any of
 *   them may be declined with a reason. A decided or withdrawn request is closed.
 */
import { type AgencyCalendar, dateOf } from '../agency/index.js';
import { invalidInput } from '../errors.js';
import { isProviderRole, type Role } from '../identity/roles.js';
import { addDays, type LocalDate } from '../time/index.js';
import type { Account } from './csm.js';
import { customerSuccessError } from './errors.js';

/** What a client asks of its account. */
export const accountRequestKinds = ['parameter_change', 'additional_services', 'renewal'] as const;
/** One of {@link accountRequestKinds}. */
export type AccountRequestKind = (typeof accountRequestKinds)[number];

/** How a request ended. */
export type AccountRequestOutcome =
  | { readonly kind: 'amendment'; readonly amendmentId: string }
  | { readonly kind: 'quote'; readonly quoteId: string }
  | { readonly kind: 'partner_referral'; readonly partnerId: string }
  | { readonly kind: 'renewed'; readonly until: LocalDate }
  | { readonly kind: 'declined'; readonly reason: string };

const fitting: Readonly<Record<AccountRequestKind, readonly AccountRequestOutcome['kind'][]>> = {
  parameter_change: ['amendment', 'declined'],
  additional_services: ['quote', 'partner_referral', 'declined'],
  renewal: ['renewed', 'amendment', 'declined'],
};

/** A request and where it stands. */
export interface AccountRequest {
  readonly id: string;
  readonly organisationId: string;
  readonly kind: AccountRequestKind;
  readonly description: string;
  readonly raisedBy: string;
  readonly raisedAt: number;
  /** The last business day for the first answer. */
  readonly answerDueOn: LocalDate;
  readonly firstAnsweredAt: number | null;
  readonly status: 'open' | 'decided' | 'withdrawn';
  readonly outcome: AccountRequestOutcome | null;
  readonly decidedAt: number | null;
}

/** Who raises a request: a user, the organisation they belong to and their role. */
export interface Requester {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
}

/** The third business day after the day of `at` in the contract's calendar. */
export function answerDueOn(calendar: AgencyCalendar, at: number): LocalDate {
  let day = dateOf(calendar, at);
  for (let n = 0; n < 3; n++) day = calendar.days.onOrAfter(addDays(day, 1));
  return day;
}

function checkRequester(account: Account, by: Requester): void {
  if (isProviderRole(by.role)) return;
  const partner = account.partnerId;
  if (partner !== null && by.organisationId === account.organisationId) {
    throw customerSuccessError(
      'ask_your_partner',
      { partnerId: partner },
      'an indirect client asks through its partner',
    );
  }
  const ownDecisionMaker =
    partner === null &&
    by.organisationId === account.organisationId &&
    by.role === 'client_decision_maker';
  const itsPartner =
    partner !== null && by.organisationId === partner && by.role === 'partner_agent';
  if (!ownDecisionMaker && !itsPartner) {
    throw customerSuccessError(
      'not_allowed_to_request',
      { userId: by.userId, role: by.role },
      'only the decision-maker (or the partner of an indirect client) raises account requests',
    );
  }
}

/** What a new request says. */
export interface NewAccountRequest {
  readonly id: string;
  readonly kind: AccountRequestKind;
  readonly description: string;
  readonly at: number;
}

/** Raises a request on `account` (see the module comment for who may). */
export function raiseAccountRequest(
  calendar: AgencyCalendar,
  account: Account,
  by: Requester,
  request: NewAccountRequest,
): AccountRequest {
  checkRequester(account, by);
  return {
    id: request.id,
    organisationId: account.organisationId,
    kind: request.kind,
    description: request.description,
    raisedBy: by.userId,
    raisedAt: request.at,
    answerDueOn: answerDueOn(calendar, request.at),
    firstAnsweredAt: null,
    status: 'open',
    outcome: null,
    decidedAt: null,
  };
}

function checkOpen(request: AccountRequest): void {
  if (request.status !== 'open') {
    throw customerSuccessError(
      'request_closed',
      { requestId: request.id },
      'the request is closed',
    );
  }
}

/** The first answer, when none was given yet (later answers change nothing). */
export function answerAccountRequest(request: AccountRequest, at: number): AccountRequest {
  checkOpen(request);
  return request.firstAnsweredAt === null ? { ...request, firstAnsweredAt: at } : request;
}

/** Decides a request; the outcome must fit its kind, and a decision is also its first answer. */
export function decideAccountRequest(
  request: AccountRequest,
  outcome: AccountRequestOutcome,
  at: number,
): AccountRequest {
  checkOpen(request);
  if (!fitting[request.kind].includes(outcome.kind)) {
    throw customerSuccessError(
      'outcome_does_not_fit',
      { kind: request.kind, outcome: outcome.kind },
      `a ${request.kind} request cannot end as ${outcome.kind}`,
      'outcome.kind',
    );
  }
  if (outcome.kind === 'declined' && outcome.reason.trim() === '') {
    throw invalidInput('outcome.reason', 'a declined request needs a reason');
  }
  return {
    ...answerAccountRequest(request, at),
    status: 'decided',
    outcome,
    decidedAt: at,
  };
}

/** The request withdrawn by the client. */
export function withdrawAccountRequest(request: AccountRequest): AccountRequest {
  checkOpen(request);
  return { ...request, status: 'withdrawn' };
}

/** Whether the first answer came after its due day (or, with none yet, whether `now` is past it). */
export function answerLate(
  calendar: AgencyCalendar,
  request: AccountRequest,
  now: number,
): boolean {
  return dateOf(calendar, request.firstAnsweredAt ?? now) > request.answerDueOn;
}
