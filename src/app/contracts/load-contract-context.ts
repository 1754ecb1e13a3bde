import type { CalendarSpec } from '../../domain/calendar/spec.js';
import {
  type ContractVersion,
  calendarRefsOf,
  contractVersionAt,
  type Period,
  reportedPeriod,
  type SlaContext,
  scheduleOf,
  slaContextOf,
} from '../../domain/contracts/index.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import { type LocalDate, laterOf, localDateIn } from '../../domain/time/index.js';
import { findCalendarByRef } from '../calendars/index.js';
import { authorise, type Clock, inReach, rebasePath } from '../shared/index.js';
import type { ContractRecord, ContractsDeps } from './ports.js';

/**
 * A contract with everything its rules read, loaded once, before any lock (on the embedded
 * engine a query outside a transaction would wait for ever for the connection the transaction
 * holds): the record, its zone and today there, and the calendars its versions name, so that
 * the version in force and the SLA of any date are pure to compute.
 */
export interface ContractContext {
  readonly record: ContractRecord;
  /** The zone of the base plan's calendar; UTC when that calendar is not defined. */
  readonly timeZone: string;
  /** Today's date in the contract's zone. */
  readonly today: LocalDate;
  /** The contract-local date of an instant. */
  dateOf(at: Date): LocalDate;
  /** The contract version in force on a date. */
  versionAt(date: LocalDate): ContractVersion;
  /** The SLA policy, compiled calendars and zone of the version in force on a date. */
  slaAt(date: LocalDate): SlaContext;
  /** A ticket's SLA: the version in force on the contract-local day it was opened. */
  slaOfTicket(openedAt: Date): SlaContext;
  /**
   * The period a statement, balance or compliance report of `date` covers: one that has begun,
   * within the contract; any other date is invalid_input at `querystring.date`.
   */
  reportedPeriod(date: LocalDate): Period;
}

/** The context of a contract already read (see {@link ContractContext}). */
export async function contractContextOf(
  options: Pick<ContractsDeps, 'calendars' | 'clock'> & { record: ContractRecord },
): Promise<ContractContext> {
  const specs = await calendarSpecsOf(options.calendars, calendarRefsOf(options.record.contract));
  return contextOf(options.record, specs, options.clock);
}

/** The specs of the calendars `refs` name that are defined, by ref. */
export async function calendarSpecsOf(
  calendars: ContractsDeps['calendars'],
  refs: readonly string[],
): Promise<ReadonlyMap<string, CalendarSpec>> {
  const specs = new Map<string, CalendarSpec>();
  for (const ref of refs) {
    const stored = await findCalendarByRef(calendars, ref);
    if (stored) specs.set(ref, stored.spec);
  }
  return specs;
}

/** The context of a contract whose calendars are already read (`specs`, by ref). */
export function contextOf(
  record: ContractRecord,
  specs: ReadonlyMap<string, CalendarSpec>,
  clock: Clock,
): ContractContext {
  const { contract } = record;
  const timeZone = specs.get(contract.plan.calendarId)?.timeZone ?? 'UTC';
  const dateOf = (at: Date) => localDateIn(timeZone, at);
  const versionAt = (date: LocalDate) => contractVersionAt(contract, date);
  const slaAt = (date: LocalDate) => slaContextOf(versionAt(date).plan, (ref) => specs.get(ref));
  const today = dateOf(clock.now());
  return {
    record,
    timeZone,
    today,
    dateOf,
    versionAt,
    slaAt,
    slaOfTicket: (openedAt) => slaAt(laterOf(dateOf(openedAt), contract.start)),
    reportedPeriod: (date) =>
      rebasePath(
        () => reportedPeriod(scheduleOf(contract), contract.end, date, today),
        'date',
        'querystring.date',
      ),
  };
}

/**
 * Reads a contract the actor may act on (another client's contract reads as not found), with
 * its role first checked for `action`.
 */
export async function contractInReach(
  options: Pick<ContractsDeps, 'contracts'> & {
    actor: Principal;
    action: Action;
    contractId: string;
  },
): Promise<ContractRecord> {
  authorise(options.actor, options.action);
  const record = await options.contracts.find(options.contractId);
  return inReach(
    options.actor,
    options.action,
    record,
    (found) => ({ organisationId: found.contract.clientId }),
    'contract',
  );
}

/** {@link contractInReach} and its {@link ContractContext}, in one call before any lock. */
export async function loadContractContext(
  options: Pick<ContractsDeps, 'contracts' | 'calendars' | 'clock'> & {
    actor: Principal;
    action: Action;
    contractId: string;
  },
): Promise<ContractContext> {
  return contractContextOf({ ...options, record: await contractInReach(options) });
}
