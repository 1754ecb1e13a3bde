/**
 * Who looks after an account (seed 001, TIPOS DE CUENTAS): a direct client gets a CSM ("Tu plan
 * incluirá la asignación de un CSM") for training and account management; an indirect client is
 * managed by its Solution Partner ("El partner será responsable de la gestión del cliente"), so
 * it gets no CSM of its own — the partner may have one, since "Sales Layer proporcionará soporte
 * al Partner". Assignments are dated, so the CSM on any day (whose signature a campaign uses) is
 * known, and history is never rewritten.
 */

import type { Role } from '../identity/roles.js';
import type { LocalDate } from '../time/index.js';
import { customerSuccessError } from './errors.js';

/** An account as customer success sees it: a client (direct, or indirect with its partner) or a partner. */
export interface Account {
  readonly organisationId: string;
  readonly kind: 'client' | 'partner';
  /** The Solution Partner managing a client (null: a direct client). */
  readonly partnerId: string | null;
}

/** A CSM looking after an account from `from` (inclusive) until `until` (exclusive; null: open). */
export interface CsmAssignment {
  readonly organisationId: string;
  readonly csmUserId: string;
  readonly from: LocalDate;
  readonly until: LocalDate | null;
}

/** The assignment in force for an account on `date`, if any. */
export function csmAssignmentOn(
  assignments: readonly CsmAssignment[],
  organisationId: string,
  date: LocalDate,
): CsmAssignment | null {
  return (
    assignments.find(
      (a) =>
        a.organisationId === organisationId &&
        a.from <= date &&
        (a.until === null || date < a.until),
    ) ?? null
  );
}

/**
 * The assignments after making `csm` the account's CSM from `from`: the open assignment ends
 * that day. Refused for an indirect client (its partner manages it), for someone who is not an
 * account manager, and for a date before the current assignment began.
 */
export function assignCsm(
  assignments: readonly CsmAssignment[],
  account: Account,
  csm: { readonly userId: string; readonly role: Role },
  from: LocalDate,
): CsmAssignment[] {
  if (account.kind === 'client' && account.partnerId !== null) {
    throw customerSuccessError(
      'indirect_client_managed_by_partner',
      { organisationId: account.organisationId, partnerId: account.partnerId },
      'an indirect client is managed by its partner',
      'organisationId',
    );
  }
  if (csm.role !== 'account_manager') {
    throw customerSuccessError(
      'not_an_account_manager',
      { userId: csm.userId },
      'a CSM is an account manager',
      'csmUserId',
    );
  }
  const open = assignments.find(
    (a) => a.organisationId === account.organisationId && a.until === null,
  );
  if (open !== undefined && from < open.from) {
    throw customerSuccessError(
      'assignment_in_the_past',
      { from, currentFrom: open.from },
      'a new CSM cannot start before the current one did',
      'from',
    );
  }
  if (open?.csmUserId === csm.userId) return [...assignments];
  const next = { organisationId: account.organisationId, csmUserId: csm.userId, from, until: null };
  if (open === undefined) return [...assignments, next];
  const replaced = open.from === from ? [] : [{ ...open, until: from }];
  return [...assignments.filter((a) => a !== open), ...replaced, next];
}

/** The account's first line on `date`: its CSM, its partner, or nobody yet. */
export type FirstLine =
  | { readonly kind: 'csm'; readonly userId: string }
  | { readonly kind: 'partner'; readonly partnerId: string }
  | { readonly kind: 'unassigned' };

/** Who answers an account's account-management questions on `date`. */
export function firstLineOf(
  account: Account,
  assignments: readonly CsmAssignment[],
  date: LocalDate,
): FirstLine {
  if (account.kind === 'client' && account.partnerId !== null) {
    return { kind: 'partner', partnerId: account.partnerId };
  }
  const assignment = csmAssignmentOn(assignments, account.organisationId, date);
  return assignment === null
    ? { kind: 'unassigned' }
    : { kind: 'csm', userId: assignment.csmUserId };
}

/** Direct clients without a CSM on `date`: the plan promises one. */
export function directClientsWithoutCsm(
  accounts: readonly Account[],
  assignments: readonly CsmAssignment[],
  date: LocalDate,
): string[] {
  return accounts
    .filter((a) => a.kind === 'client' && a.partnerId === null)
    .filter((a) => csmAssignmentOn(assignments, a.organisationId, date) === null)
    .map((a) => a.organisationId);
}
