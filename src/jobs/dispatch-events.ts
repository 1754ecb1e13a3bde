import { z } from 'zod';
import { checkHandlers, dispatchEvents, type OutboxDeps } from '../app/outbox/index.js';
import type { JobDefinition, JobLog } from './job.js';

const dispatchEventsPayload = z.object({}).strict();

/**
 * Dispatches the outbox every minute, and whenever a transaction that recorded events commits
 * (the server sends the job then): the queue keeps at most one run waiting and one running.
 */
export function dispatchEventsJob(
  deps: OutboxDeps & {
    log: JobLog;
    /** Told after a run that dispatched events (the server sends the mail they queued). */
    onDispatched?: () => void;
  },
): JobDefinition<typeof dispatchEventsPayload> {
  checkHandlers(deps.handlers);
  return {
    name: 'dispatch-events',
    payload: dispatchEventsPayload,
    cron: '* * * * *',
    policy: 'stately',
    async handler() {
      const report = await dispatchEvents(deps);
      if (report.retried + report.failed > 0)
        deps.log.error({ ...report }, 'events not dispatched');
      else if (report.dispatched > 0) deps.log.info({ ...report }, 'events dispatched');
      if (report.dispatched > 0) deps.onDispatched?.();
    },
  };
}
