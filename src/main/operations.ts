import type { Clock } from '../app/shared/index.js';
import type { OperationalReading } from '../http/metrics.js';
import type { DatabaseHandle } from '../store/database.js';
import { oldestUndispatchedEvent, readJobQueue } from '../store/operations.js';

/** The job that must run every minute for SLA notices to go out on time (src/jobs/watch-sla.ts). */
const slaWatcherQueue = 'watch-sla';

/** One scrape's reading of the installation: the queue, the watcher's and outbox's lag, the pool. */
export async function readOperations(
  database: DatabaseHandle,
  clock: Clock,
): Promise<OperationalReading> {
  const [queue, oldestEvent] = await Promise.all([
    readJobQueue(database.db),
    oldestUndispatchedEvent(database.db),
  ]);
  const now = clock.now().getTime();
  const secondsSince = (at: Date) => Math.max(0, (now - at.getTime()) / 1000);
  const watcherRan = queue.lastCompleted[slaWatcherQueue];
  return {
    queueDepth: queue.waiting,
    slaWatcherLagSeconds: watcherRan ? secondsSince(watcherRan) : null,
    outboxLagSeconds: oldestEvent ? secondsSince(oldestEvent) : 0,
    pool: database.poolUse(),
  };
}
