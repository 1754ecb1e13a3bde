import type { z } from 'zod';
import { invalidInput } from '../domain/errors.js';

/**
 * A background job: a queue name, the zod schema its payload must pass before the handler runs,
 * and optionally a cron schedule (UTC) on which the queue sends it an empty payload `{}`.
 */
export interface JobDefinition<Payload extends z.ZodType<object> = z.ZodType<object>> {
  readonly name: string;
  readonly payload: Payload;
  readonly cron?: string;
  /** pg-boss's queue policy; `stately` keeps at most one job waiting and one running. */
  readonly policy?: 'standard' | 'stately';
  handler(payload: z.output<Payload>): Promise<void>;
}

/** Where jobs report what they did and what went wrong (Fastify's `app.log` fits). */
export interface JobLog {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

/**
 * The payload as the handler will see it, or an invalid_input error naming every bad field:
 * a payload that fails here can never succeed, so it must not reach the handler.
 */
export function parsePayload<Payload extends z.ZodType<object>>(
  job: JobDefinition<Payload>,
  data: unknown,
): z.output<Payload> {
  const parsed = job.payload.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${['payload', ...issue.path.map(String)].join('.')}: ${issue.message}`,
  );
  throw invalidInput('payload', `invalid payload for job ${job.name}: ${problems.join('; ')}`);
}
