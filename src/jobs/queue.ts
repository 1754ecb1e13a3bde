import { CompiledQuery, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { z } from 'zod';
import type { Db } from '../store/database.js';
import { type JobDefinition, type JobLog, parsePayload } from './job.js';

/** pg-boss keeps its tables in their own schema, apart from Pacta's. */
const schema = 'pgboss';

/**
 * Workers ask for work every 2 s. Jobs here are hourly or user-triggered, so 2 s of latency is
 * invisible, while each poll is a query per queue per node; on the embedded engine it also takes
 * the one connection away from HTTP requests, so polling faster would slow the app for nothing.
 */
const pollingIntervalSeconds = 2;

/** A failure that may be transient (the database restarting) is retried twice, 30 s then ~60 s later. */
const retryPolicy = { retryLimit: 2, retryDelay: 30, retryBackoff: true };

/** How long `stop()` lets running jobs finish before pg-boss marks them failed. */
const stopTimeoutMs = 30_000;

/** A started queue: sends jobs, works the registered ones, and stops without losing work. */
export interface JobQueue {
  /** Validates the payload with the job's schema, then enqueues it; the id, or null when pg-boss dropped a duplicate. */
  send<Payload extends z.ZodType<object>>(
    job: JobDefinition<Payload>,
    payload: z.input<Payload>,
  ): Promise<string | null>;
  /** The underlying pg-boss, to inspect jobs (getJobById) or send raw data. */
  readonly boss: PgBoss;
  /** Stops fetching, waits for running jobs and for every query the queue started; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on Pacta's own database (creating or migrating its schema), then creates a queue
 * per job, works it and installs its cron schedule. Stop it before closing the database.
 */
export async function startJobQueue(options: {
  db: Db;
  log: JobLog;
  jobs: readonly JobDefinition[];
  /** Tests poll faster; production keeps the default (see {@link pollingIntervalSeconds}). */
  pollingIntervalSeconds?: number;
}): Promise<JobQueue> {
  const { db, log } = options;
  // Every query pg-boss starts is tracked: some (completing a job) are fire-and-forget inside
  // pg-boss, and stop() must wait for them or they would run on a closed database.
  const pending = new Set<Promise<unknown>>();
  const track = <T>(promise: Promise<T>): Promise<T> => {
    pending.add(promise);
    const forget = () => pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  };
  const boss = new PgBoss({
    db: {
      executeSql: (text: string, values: unknown[] = []) =>
        track(db.executeQuery(CompiledQuery.raw(text, values))),
    },
    schema,
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  try {
    for (const job of options.jobs) {
      await register(boss, job, {
        db,
        log,
        track,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? pollingIntervalSeconds,
      });
    }
  } catch (error) {
    await stopAndDrain(boss, pending, log, false);
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    boss,
    async send(job, payload) {
      return boss.send(job.name, parsePayload(job, payload));
    },
    stop() {
      stopping ??= stopAndDrain(boss, pending, log, true);
      return stopping;
    },
  };
}

interface Registration {
  db: Db;
  log: JobLog;
  track: <T>(promise: Promise<T>) => Promise<T>;
  pollingIntervalSeconds: number;
}

async function register(boss: PgBoss, job: JobDefinition, how: Registration): Promise<void> {
  const queue = { name: job.name, ...retryPolicy, ...(job.policy ? { policy: job.policy } : {}) };
  await boss.createQueue(job.name, queue);
  await boss.updateQueue(job.name, queue);
  await boss.work(
    job.name,
    { batchSize: 1, pollingIntervalSeconds: how.pollingIntervalSeconds },
    (batch) => how.track(runBatch(job, batch, how)),
  );
  if (job.cron) {
    parsePayload(job, {}); // a scheduled job is sent `{}`: refuse to start if it could never run
    await boss.schedule(job.name, job.cron, {});
  } else {
    await boss.unschedule(job.name); // the definition lost its schedule since the last start
  }
}

/** Runs the handler on each validated payload; a throw makes pg-boss fail (and maybe retry) the job. */
async function runBatch(
  job: JobDefinition,
  batch: readonly PgBoss.Job<unknown>[],
  how: Registration,
): Promise<void> {
  for (const item of batch) {
    const context = { job: job.name, id: item.id };
    let payload: object;
    try {
      payload = parsePayload(job, item.data);
    } catch (error) {
      await neverRetry(how.db, job.name, item.id);
      how.log.error({ ...context, err: error }, 'job payload is invalid; failed without retry');
      throw error;
    }
    const started = performance.now();
    try {
      await job.handler(payload);
    } catch (error) {
      how.log.error({ ...context, err: error }, 'job failed');
      throw error;
    }
    how.log.info({ ...context, ms: Math.round(performance.now() - started) }, 'job done');
  }
}

/**
 * Retrying cannot fix a payload, and pg-boss 10 has no "permanent failure": lowering the job's
 * retry limit to the attempts it has had makes pg-boss's own fail() mark it failed at once.
 */
async function neverRetry(db: Db, name: string, id: string): Promise<void> {
  await sql`update ${sql.table(`${schema}.job`)} set retry_limit = retry_count
    where name = ${name} and id = ${id}`.execute(db);
}

/**
 * Stops pg-boss, then waits until no tracked query or handler is left (including any started
 * while waiting), for at most {@link stopTimeoutMs} in all: a stuck handler must not hang shutdown.
 */
async function stopAndDrain(
  boss: PgBoss,
  pending: Set<Promise<unknown>>,
  log: JobLog,
  graceful: boolean,
): Promise<void> {
  const deadline = performance.now() + stopTimeoutMs;
  await boss.stop({ graceful, timeout: stopTimeoutMs });
  for (;;) {
    // first let callbacks queued behind a settled query issue their next one
    await new Promise((resolve) => setImmediate(resolve));
    if (pending.size === 0) return;
    const left = deadline - performance.now();
    if (left <= 0) {
      log.error({ running: pending.size }, 'job queue stopped with work still running');
      return;
    }
    const timer = new Promise((resolve) => setTimeout(resolve, left).unref());
    await Promise.race([Promise.allSettled([...pending]), timer]);
  }
}
