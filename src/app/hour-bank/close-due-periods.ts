import { periodByIndex, scheduleOf } from '../../domain/contracts/index.js';
import { closedPeriodKeys, closePeriod } from '../../domain/hour-bank/index.js';
import type { CalendarRepository, Clock } from '../ports.js';
import { contractToday } from './contract-today.js';
import type { ContractRepository } from './ports.js';

/** What one run closed, per contract. */
export interface ClosedPeriods {
  contractId: string;
  periods: string[];
}

/**
 * Closes every period that has ended by today (in each contract's zone), oldest first: expires
 * what rolls out, records overage with its amount, grants the next period. Safe to run any
 * number of times: a closed period is never closed twice.
 */
export async function closeDuePeriods(options: {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
  contractIds?: readonly string[];
}): Promise<ClosedPeriods[]> {
  const records = await options.contracts.list();
  const wanted = options.contractIds;
  const results: ClosedPeriods[] = [];
  for (const record of records.filter((r) => !wanted || wanted.includes(r.contract.id))) {
    const today = await contractToday({ ...options, record });
    const periods = await options.contracts.withLock(record.contract.id, async (session) => {
      const { contract } = session.record;
      const schedule = scheduleOf(contract);
      const entries = [...session.entries];
      const closed: string[] = [];
      const alreadyClosed = closedPeriodKeys(entries);
      for (let index = 0; ; index++) {
        const period = periodByIndex(schedule, index);
        if (period.end > today || (contract.end !== null && period.start >= contract.end)) break;
        if (alreadyClosed.has(period.key)) continue;
        entries.push(...(await session.append(closePeriod(contract, entries, period), null)));
        closed.push(period.key);
      }
      return closed;
    });
    if (periods.length > 0) results.push({ contractId: record.contract.id, periods });
  }
  return results;
}
