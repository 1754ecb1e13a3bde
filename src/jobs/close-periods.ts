import { z } from 'zod';
import { closeDuePeriods } from '../app/hour-bank/close-due-periods.js';
import type { ContractRepository } from '../app/hour-bank/ports.js';
import type { CalendarRepository, Clock } from '../app/ports.js';
import type { JobDefinition, JobLog } from './job.js';

/** Optionally only some contracts; the hourly run sends `{}`, meaning all of them. */
const closePeriodsPayload = z
  .object({ contractIds: z.array(z.string().min(1)).min(1).optional() })
  .strict();

/** What the close-periods job needs to run the use-case. */
export interface ClosePeriodsDeps {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
  log: JobLog;
}

/**
 * Closes every period that has ended, hourly at minute 5 (UTC), so a month closes within the hour
 * after midnight in any contract's zone. Running it twice, or on two nodes, closes nothing twice:
 * closeDuePeriods skips closed periods and holds each contract's lock while it closes.
 */
export function closePeriodsJob(deps: ClosePeriodsDeps): JobDefinition<typeof closePeriodsPayload> {
  return {
    name: 'close-periods',
    payload: closePeriodsPayload,
    cron: '5 * * * *',
    async handler(payload) {
      const closed = await closeDuePeriods({ ...deps, contractIds: payload.contractIds });
      for (const { contractId, periods } of closed)
        deps.log.info({ contractId, periods }, 'hour-bank periods closed');
    },
  };
}
