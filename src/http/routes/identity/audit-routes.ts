import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type IdentityDeps, readAuditLog } from '../../../app/identity/index.js';
import { actorOf } from '../../access.js';
import { presentAuditEntry } from './present.js';
import { auditEntryView, auditQuery } from './schema.js';

/** The append-only audit log, for admins. */
export function auditRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary: 'Audit log, newest first, filterable',
          querystring: auditQuery,
          response: { 200: z.array(auditEntryView) },
        },
      },
      async (request) => {
        const { from, to, ...rest } = request.query;
        const filter = {
          ...rest,
          ...(from ? { from: new Date(from) } : {}),
          ...(to ? { to: new Date(to) } : {}),
        };
        const entries = await readAuditLog({ ...deps, actor: actorOf(request), filter });
        return entries.map(presentAuditEntry);
      },
    );
  };
}
