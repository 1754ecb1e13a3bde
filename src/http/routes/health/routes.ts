import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
});

/** Liveness and readiness for load balancers: 200 while the database answers, 503 when it does not. */
export function healthRoutes(ping: () => Promise<boolean>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Is the service up and its database reachable?',
          security: [],
          response: { 200: healthSchema, 503: healthSchema },
        },
        logLevel: 'warn',
        config: { access: 'public' },
      },
      async (_request, reply) => {
        const up = await ping();
        return reply
          .status(up ? 200 : 503)
          .send({ status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' });
      },
    );
  };
}
