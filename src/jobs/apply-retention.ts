import { z } from 'zod';
import { type ContactsDeps, runRetentionRules } from '../app/contacts/index.js';
import { jobOrigin } from '../app/shared/index.js';
import type { JobDefinition, JobLog } from './job.js';

const payload = z.object({}).strict();

/**
 * Applies the organisations' retention rules daily at 03:15 UTC: contacts whose tickets all
 * closed N months ago are anonymised, audited as `job apply-retention`. Running it twice
 * anonymises nobody twice (an anonymised contact is no longer a candidate).
 */
export function applyRetentionJob(
  deps: ContactsDeps & { log: JobLog },
): JobDefinition<typeof payload> {
  const name = 'apply-retention';
  return {
    name,
    payload,
    cron: '15 3 * * *',
    policy: 'stately',
    async handler() {
      const run = await runRetentionRules({
        ...deps,
        actor: { system: 'job' },
        origin: jobOrigin(name),
      });
      if (run.anonymised.length > 0) {
        deps.log.info({ contacts: run.anonymised }, 'contacts anonymised by retention rules');
      }
    },
  };
}
