import { DomainError } from '../../domain/errors.js';
import { localDateIn } from '../../domain/time/index.js';
import { findCalendarByRef } from '../calendars/find-calendar.js';
import type { CalendarRepository, Clock, StoredCalendar } from '../ports.js';
import type { ContractRecord, ContractRepository } from './ports.js';

/** A contract's dates are local to its plan's calendar; without a stored calendar, UTC. */
export function zoneOf(calendar: StoredCalendar | undefined): string {
  return calendar?.spec.timeZone ?? 'UTC';
}

/**
 * The local date of an instant for a contract, in the time zone of its plan's calendar. Call it
 * before taking a lock: on the embedded engine a query outside the lock's transaction would
 * wait for the only connection forever.
 */
export async function contractDate(options: {
  calendars: CalendarRepository;
  record: ContractRecord;
  at: Date;
}): Promise<string> {
  const calendar = await findCalendarByRef(
    options.calendars,
    options.record.contract.plan.calendarId,
  );
  return localDateIn(zoneOf(calendar), options.at);
}

/** Today's local date for a contract (see {@link contractDate}). */
export function contractToday(options: {
  calendars: CalendarRepository;
  clock: Clock;
  record: ContractRecord;
}): Promise<string> {
  return contractDate({ ...options, at: options.clock.now() });
}

/** Today for the contract with this id (read without a lock); not_found when there is none. */
export async function todayOf(options: {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
  contractId: string;
}): Promise<string> {
  const record = await options.contracts.find(options.contractId);
  if (!record) throw new DomainError('not_found', 'no such contract');
  return contractToday({ ...options, record });
}
