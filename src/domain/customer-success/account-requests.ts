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
 * - it is accepted or declined (with a reason), and an accepted one is done; each step says who
 *   moved it, when, and the outcome in words. A declined or done request is closed.
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

/** Where a request stands: open, accepted (to be done), declined, or done. */
export const accountRequestStatuses = ['open', 'accepted', 'declined', 'done'] as const;
/** One of {@link accountRequestStatuses}. */
export type AccountRequestStatus = (typeof accountRequestStatuses)[number];

const next: Readonly<Record<AccountRequestStatus, readonly AccountRequestStatus[]>> = {
  open: ['accepted', 'declined'],
  accepted: ['done', 'declined'],
  declined: [],
  done: [],
};

/** A change of status: who made it, when, and the outcome they wrote. */
export interface AccountRequestStep {
  readonly status: AccountRequestStatus;
  readonly by: string;
  readonly at: number;
  readonly note: string;
}

/** A request and where it stands. */
export interface AccountRequest {
  readonly id: string;
  readonly contractId: string;
  readonly organisationId: string;
  readonly kind: AccountRequestKind;
  readonly description: string;
  readonly raisedBy: string;
  readonly raisedAt: number;
  /** The last business day for the first answer. */
  readonly answerDueOn: LocalDate;
  readonly status: AccountRequestStatus;
  /** Every change of status, oldest first (the outcome is the last one's note). */
  readonly steps: readonly AccountRequestStep[];
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
  readonly contractId: string;
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
    contractId: request.contractId,
    organisationId: account.organisationId,
    kind: request.kind,
    description: request.description,
    raisedBy: by.userId,
    raisedAt: request.at,
    answerDueOn: answerDueOn(calendar, request.at),
    status: 'open',
    steps: [],
  };
}

/**
 * The request moved to `to` by `step.by`: open → accepted or declined, accepted → done or
 * declined; a declined request says why. A declined or done request is closed.
 */
export function moveAccountRequest(
  request: AccountRequest,
  step: AccountRequestStep,
): AccountRequest {
  if (next[request.status].length === 0) {
    throw customerSuccessError(
      'request_closed',
      { requestId: request.id },
      'the request is closed',
    );
  }
  if (!next[request.status].includes(step.status)) {
    throw customerSuccessError(
      'outcome_does_not_fit',
      { status: request.status, to: step.status },
      `an ${request.status} request cannot become ${step.status}`,
      'status',
    );
  }
  if (step.status === 'declined' && step.note.trim() === '') {
    throw invalidInput('note', 'a declined request needs a reason');
  }
  return { ...request, status: step.status, steps: [...request.steps, step] };
}

/** Whether the first answer came after its due day (or, with none yet, whether `now` is past it). */
export function answerLate(
  calendar: AgencyCalendar,
  request: AccountRequest,
  now: number,
): boolean {
  return dateOf(calendar, request.steps[0]?.at ?? now) > request.answerDueOn;
}
