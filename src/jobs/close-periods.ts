import { z } from 'zod';
import { type ContractsDeps, closeDuePeriods } from '../app/contracts/index.js';
import { jobOrigin } from '../app/shared/index.js';
import type { JobDefinition, JobLog } from './job.js';

/** Optionally only some contracts; the hourly run sends `{}`, meaning all of them. */
const closePeriodsPayload = z
  .object({ contractIds: z.array(z.string().min(1)).min(1).optional() })
  .strict();

/**
 * Closes every period that has ended, hourly at minute 5 (UTC), so a month closes within the hour
 * after midnight in any contract's zone. Running it twice, or on two nodes, closes nothing twice:
 * closeDuePeriods skips closed periods and holds each contract's lock while it closes. What it
 * closes is audited as `job close-periods`.
 */
export function closePeriodsJob(
  deps: ContractsDeps & { log: JobLog },
): JobDefinition<typeof closePeriodsPayload> {
  const name = 'close-periods';
  return {
    name,
    payload: closePeriodsPayload,
    cron: '5 * * * *',
    async handler(payload) {
      const closed = await closeDuePeriods({
        ...deps,
        actor: { system: 'job' },
        origin: jobOrigin(name),
        contractIds: payload.contractIds,
      });
      for (const { contractId, periods } of closed)
        deps.log.info({ contractId, periods }, 'hour-bank periods closed');
    },
  };
}
