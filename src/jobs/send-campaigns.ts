import { z } from 'zod';
import { type CampaignsDeps, queueCampaignBatches } from '../app/campaigns/index.js';
import type { JobDefinition, JobLog } from './job.js';

const payload = z.object({}).strict();

/**
 * Hands each due campaign's next batch to the mail outbox every minute (at most its messages a
 * minute), then nudges the sender. A restart resumes where the last committed batch stopped.
 */
export function sendCampaignsJob(
  deps: CampaignsDeps & { log: JobLog; onQueued: () => void },
): JobDefinition<typeof payload> {
  return {
    name: 'send-campaigns',
    payload,
    cron: '* * * * *',
    policy: 'stately',
    async handler() {
      const report = await queueCampaignBatches(deps);
      if (report.queued > 0) {
        deps.log.info({ ...report }, 'campaign mail queued');
        deps.onQueued();
      }
    },
  };
}
