/**
 * What every agency use-case does first: read the contract the actor may act on, compile its
 * business calendar for the agency rules, and find its agile set-up; and, for a change, lock
 * the set-up in a transaction (one change at a time per contract) and audit the change.
 */
import {
  type AgencyCalendar,
  agencyCalendarOf,
  checkDecisionMaker,
  type DecisionMakerCheck,
  dateOf,
  firstSprintStartAfter,
  type SprintPlan,
  sprintOn,
} from '../../domain/agency/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import { findCalendarByRef } from '../calendars/index.js';
import { type ContractRecord, contractInReach } from '../contracts/index.js';
import { authorOf, type Origin, recordChange } from '../shared/index.js';
import type { AgencyAccount, AgencyDeps, AgencyTx } from './ports.js';

/** A contract as the agency rules read it: its record and its compiled business calendar. */
export interface AgencyContract {
  readonly record: ContractRecord;
  readonly calendar: AgencyCalendar;
}

/** Who asks, for what contract, through which door. */
export interface AgencyRequest {
  readonly actor: Principal;
  readonly contractId: string;
}

/** The contract in the actor's reach for `action`, with its calendar (before any lock). */
export async function agencyContract(
  options: Pick<AgencyDeps, 'contracts' | 'calendars'> & AgencyRequest & { action: Action },
): Promise<AgencyContract> {
  const record = await contractInReach(options);
  const stored = await findCalendarByRef(options.calendars, record.contract.plan.calendarId);
  if (stored === undefined) {
    throw new DomainError('conflict', "the contract's plan names no stored business calendar");
  }
  return { record, calendar: agencyCalendarOf(stored.spec) };
}

/** Fails with not_found when the contract has no agile set-up. */
export function requireAccount(account: AgencyAccount | undefined): AgencyAccount {
  if (account === undefined)
    throw new DomainError('not_found', 'the contract has no agency set-up');
  return account;
}

/** The account's sprint layout: sprint 1 right after moment zero's two weeks. */
export function sprintPlanOf(account: AgencyAccount): SprintPlan {
  return {
    firstSprintStart: firstSprintStartAfter(account.operationStart),
    businessDays: account.sprintBusinessDays,
  };
}

/** The number of the sprint in progress at `at`, or null during moment zero. */
export function currentSprintNumber(
  calendar: AgencyCalendar,
  account: AgencyAccount,
  at: number,
): number | null {
  return sprintOn(calendar, sprintPlanOf(account), dateOf(calendar, at))?.number ?? null;
}

/** §2.4.1 applied to the account's client-side people. */
export function decisionMakerOf(account: AgencyAccount): DecisionMakerCheck {
  return checkDecisionMaker(
    account.people
      .filter((person) => person.side === 'client')
      .map((person) => ({
        personId: person.personId,
        decisionMaker: person.role === 'decision_maker',
        availabilityPercent: person.availabilityPercent,
      })),
  );
}

/** The person acting: the signed-in user, or (mail, jobs) the person named by the door. */
export function actingPerson(actor: Principal, named?: string): string {
  const person = authorOf(actor) ?? named;
  if (person === undefined) throw new DomainError('invalid_input', 'say who acts', 'by');
  return person;
}

/** What a change sees inside its transaction. */
export interface AccountChange {
  readonly tx: AgencyTx;
  readonly account: AgencyAccount;
  readonly contract: AgencyContract;
  /** The instant of the change, epoch ms. */
  readonly now: number;
}

/**
 * Runs a change to an agency account: checks the contract and the action, locks the account,
 * runs `work`, and audits the change on the record `work` names.
 */
export async function changeAccount<T>(
  options: Pick<AgencyDeps, 'clock' | 'contracts' | 'calendars' | 'transact'> &
    AgencyRequest & { origin: Origin },
  action: Action,
  work: (change: AccountChange) => Promise<{ result: T; resourceType: string; resourceId: string }>,
): Promise<T> {
  const contract = await agencyContract({ ...options, action });
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const account = requireAccount(await tx.agency.lockAccount(options.contractId));
    const done = await work({ tx, account, contract, now: at.getTime() });
    await recordChange(tx, {
      origin: options.origin,
      actor: options.actor,
      at,
      resourceType: done.resourceType,
      resourceId: done.resourceId,
    });
    return done.result;
  });
}
