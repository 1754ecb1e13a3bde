import { DomainError } from '../../domain/errors.js';
import type { CalendarRepository, Clock } from '../ports.js';
import { localDateIn, zoneOf } from './local-dates.js';
import type { ContractRecord, ContractRepository } from './ports.js';

/**
 * Today's local date for a contract, in the time zone of its plan's calendar (by id or name).
 * Call it before taking the contract's lock: on the embedded engine a query outside the
 * lock's transaction would wait for the only connection forever.
 */
export async function contractToday(options: {
  calendars: CalendarRepository;
  clock: Clock;
  record: ContractRecord;
}): Promise<string> {
  const ref = options.record.contract.plan.calendarId;
  const calendar = /^[0-9a-f-]{36}$/i.test(ref)
    ? await options.calendars.findById(ref)
    : await options.calendars.findByName(ref);
  return localDateIn(zoneOf(calendar), options.clock.now());
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
