import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
});

const liveSchema = z.object({ status: z.literal('ok') });

/** What the health routes ask of the running server. */
export interface HealthDeps {
  /** True when the database answers a trivial query in time. */
  ping: () => Promise<boolean>;
  /** False once the server is stopping (or not yet serving): take it out of the balancer. */
  accepting?: () => boolean;
}

const system = {
  logLevel: 'warn',
  config: { access: 'public' },
} as const;

/**
 * Liveness (`/health/live`: the process answers, restart it if not) apart from readiness
 * (`/health/ready`, and `/health` as before: the database answers and the server is not stopping,
 * send it traffic). A database outage makes a node unready, never "dead" to be restarted.
 */
export function healthRoutes(deps: HealthDeps): FastifyPluginAsyncZod {
  const accepting = deps.accepting ?? (() => true);
  return async (app) => {
    const readiness = {
      schema: {
        tags: ['system'],
        summary:
          'Should this node get traffic? 200 while its database answers and it is not stopping',
        security: [],
        response: { 200: healthSchema, 503: healthSchema },
      },
      ...system,
    };
    for (const url of ['/health', '/health/ready']) {
      app.get(url, readiness, async (_request, reply) => {
        const up = await deps.ping();
        const ok = up && accepting();
        return reply
          .status(ok ? 200 : 503)
          .send({ status: ok ? 'ok' : 'unavailable', database: up ? 'up' : 'down' });
      });
    }
    app.get(
      '/health/live',
      {
        schema: {
          tags: ['system'],
          summary: 'Is the process alive? 200 whenever it answers, whatever its database',
          security: [],
          response: { 200: liveSchema },
        },
        ...system,
      },
      async () => ({ status: 'ok' as const }),
    );
  };
}
