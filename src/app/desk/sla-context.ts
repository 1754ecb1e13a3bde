import type { CalendarSpec } from '../../domain/calendar/spec.js';
import {
  calendarRefsOf,
  contractVersionAt,
  type SlaContext,
  slaContextOf,
} from '../../domain/contracts/index.js';
import { laterOf } from '../../domain/time/index.js';
import { findCalendarByRef } from '../calendars/find-calendar.js';
import { contractDate } from '../hour-bank/contract-today.js';
import type { ContractRecord } from '../hour-bank/ports.js';
import type { CalendarRepository } from '../ports.js';

/**
 * Loads the SLA context of a contract as of a date (the version in force then). Call it before
 * taking a lock: on the embedded engine it must not wait for the connection a transaction holds.
 */
export async function slaContextFor(options: {
  calendars: CalendarRepository;
  record: ContractRecord;
  date: string;
}): Promise<SlaContext> {
  const { plan } = contractVersionAt(options.record.contract, options.date);
  const specs = new Map<string, CalendarSpec>();
  for (const ref of calendarRefsOf(options.record.contract)) {
    const stored = await findCalendarByRef(options.calendars, ref);
    if (stored) specs.set(ref, stored.spec);
  }
  return slaContextOf(plan, (ref) => specs.get(ref));
}

/** The SLA context of a ticket: its contract's version on the (contract-local) day it was opened. */
export async function slaContextForTicket(options: {
  calendars: CalendarRepository;
  record: ContractRecord;
  openedAt: Date;
}): Promise<SlaContext> {
  const opened = await contractDate({ ...options, at: options.openedAt });
  return slaContextFor({ ...options, date: laterOf(opened, options.record.contract.start) });
}
