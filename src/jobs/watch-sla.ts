import { z } from 'zod';
import { type DeskDeps, watchSla } from '../app/desk/index.js';
import type { JobDefinition, JobLog } from './job.js';

const watchSlaPayload = z.object({}).strict();

/**
 * The breach watcher, every minute: at-risk and breach notices go out within a minute of the
 * moment, and the store's once-per-clock rule means no restart or second node repeats one.
 */
export function watchSlaJob(
  deps: DeskDeps & { log: JobLog },
): JobDefinition<typeof watchSlaPayload> {
  return {
    name: 'watch-sla',
    payload: watchSlaPayload,
    cron: '* * * * *',
    async handler() {
      for (const notice of await watchSla(deps)) {
        deps.log.info(
          { ticketId: notice.ticketId, clock: notice.clock, kind: notice.kind },
          'SLA notice',
        );
      }
    },
  };
}
