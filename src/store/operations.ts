/**
 * What operators watch, read straight from the tables: the job queue's backlog and last runs
 * (pg-boss's own schema) and how far the outbox's dispatch is behind.
 */
import { sql } from 'kysely';
import type { Db } from './database.js';

/** The job queue at a glance: jobs waiting per queue, and when each queue last completed one. */
export interface JobQueueReading {
  readonly waiting: Record<string, number>;
  readonly lastCompleted: Record<string, Date>;
}

/** Waiting jobs (created or due for retry) and the last completion, per pg-boss queue. */
export async function readJobQueue(db: Db): Promise<JobQueueReading> {
  const rows = await sql<{ name: string; waiting: string; last_completed: Date | null }>`
    select name,
      count(*) filter (where state in ('created', 'retry')) as waiting,
      max(completed_on) filter (where state = 'completed') as last_completed
    from pgboss.job group by name`.execute(db);
  const waiting: Record<string, number> = {};
  const lastCompleted: Record<string, Date> = {};
  for (const row of rows.rows) {
    waiting[row.name] = Number(row.waiting);
    if (row.last_completed) lastCompleted[row.name] = new Date(row.last_completed);
  }
  return { waiting, lastCompleted };
}

/** When the oldest event still waiting for dispatch happened (null when none waits). */
export async function oldestUndispatchedEvent(db: Db): Promise<Date | null> {
  const row = await db
    .selectFrom('outbox_events')
    .select((eb) => eb.fn.min('occurred_at').as('oldest'))
    .where('dispatched_at', 'is', null)
    .where('failed_at', 'is', null)
    .executeTakeFirst();
  return row?.oldest ? new Date(row.oldest) : null;
}
