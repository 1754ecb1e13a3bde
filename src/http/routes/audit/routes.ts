import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IdentityPorts } from '../../../app/ports.js';

const entryView = z
  .object({
    id: z.string(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorOrganisationId: z.string().nullable(),
    action: z.string().describe('method and route, e.g. "POST /api/users"'),
    resourceType: z.string().nullable(),
    resourceId: z.string().nullable(),
    outcome: z.number().describe('HTTP status of the answer'),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

/** The append-only audit log, for admins. */
export function auditRoutes(ports: IdentityPorts): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary: 'Audit log, newest first, filterable',
          querystring: z.object({
            actorUserId: z.uuid().optional(),
            action: z.string().max(200).optional(),
            resourceType: z.string().max(100).optional(),
            resourceId: z.string().max(200).optional(),
            from: z.iso.datetime({ offset: true }).optional(),
            to: z.iso.datetime({ offset: true }).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
            before: z
              .string()
              .regex(/^\d+$/)
              .optional()
              .describe('id of the last entry of the previous page'),
          }),
          response: { 200: z.array(entryView) },
        },
      },
      async (request) => {
        const { from, to, ...rest } = request.query;
        const entries = await ports.audit.list({
          ...rest,
          ...(from ? { from: new Date(from) } : {}),
          ...(to ? { to: new Date(to) } : {}),
        });
        return entries.map((entry) => ({ ...entry, at: entry.at.toISOString() }));
      },
    );
  };
}
