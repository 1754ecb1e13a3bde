/**
 * What every customer-success use-case does first: read the contract the actor may act on, its
 * business calendar and its client's account (direct, or indirect with its partner), and today
 * in the contract's zone.
 */
import type { AgencyCalendar } from '../../domain/agency/index.js';
import { dateOf } from '../../domain/agency/index.js';
import type { Account } from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import type { LocalDate } from '../../domain/time/index.js';
import { agencyContract } from '../agency/index.js';
import type { ContractRecord } from '../contracts/index.js';
import { authorOf, type Origin } from '../shared/index.js';
import type { SuccessDeps } from './ports.js';

/** Who asks, about which contract, through which door. */
export interface SuccessRequest {
  readonly actor: Principal;
  readonly origin: Origin;
  readonly contractId: string;
}

/** A contract as customer success sees it. */
export interface SuccessContract {
  readonly record: ContractRecord;
  readonly calendar: AgencyCalendar;
  readonly account: Account;
  readonly today: LocalDate;
}

/** The contract in the actor's reach for `action`, with its calendar, account and today. */
export async function successContract(
  options: Pick<SuccessDeps, 'contracts' | 'calendars' | 'organisations' | 'clock'> & {
    actor: Principal;
    contractId: string;
    action: Action;
  },
): Promise<SuccessContract> {
  const { record, calendar } = await agencyContract(options);
  const client = await options.organisations.findById(record.contract.clientId);
  if (client === undefined) throw new DomainError('not_found', 'no such client');
  return {
    record,
    calendar,
    account: { organisationId: client.id, kind: 'client', partnerId: client.partnerId },
    today: dateOf(calendar, options.clock.now().getTime()),
  };
}

/** The user acting; a change made by the installation itself names nobody. */
export function actingUser(actor: Principal): string {
  return authorOf(actor) ?? 'system';
}
