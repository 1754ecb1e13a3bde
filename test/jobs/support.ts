import type PgBoss from 'pg-boss';
import type { JobLog } from '../../src/jobs/job.js';

/** A log that keeps what jobs report, so tests can read it. */
export function recordingLog(): JobLog & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (data, message) => lines.push({ level: 'info', message, data }),
    error: (data, message) => lines.push({ level: 'error', message, data }),
  };
}

/** One line a job logged. */
export interface LogLine {
  level: 'info' | 'error';
  message: string;
  data: object;
}

/** Waits until pg-boss has finished with a job (completed, failed or waiting to retry) and returns it. */
export async function settledJob(
  boss: PgBoss,
  name: string,
  id: string | null,
): Promise<PgBoss.JobWithMetadata<unknown>> {
  if (!id) throw new Error(`pg-boss did not accept the ${name} job`);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const job = await boss.getJobById<unknown>(name, id);
    if (job && ['completed', 'failed', 'retry'].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`job ${name} ${id} still ${job?.state} after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
