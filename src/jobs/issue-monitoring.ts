import { z } from 'zod';
import { issueDueMonitoring, type ReportsDeps } from '../app/reports/index.js';
import type { JobDefinition, JobLog } from './job.js';

const emptyPayload = z.object({}).strict();

/**
 * Issues the biweekly monitoring reports that are due, hourly at minute 20 (UTC), so a window
 * ends and its report is archived within the hour after midnight in any contract's zone.
 */
export function issueMonitoringJob(
  deps: ReportsDeps & { log: JobLog },
): JobDefinition<typeof emptyPayload> {
  return {
    name: 'issue-monitoring',
    payload: emptyPayload,
    cron: '20 * * * *',
    policy: 'stately',
    async handler() {
      const issued = await issueDueMonitoring(deps);
      if (issued.length > 0) deps.log.info({ issued }, 'monitoring reports issued');
    },
  };
}
