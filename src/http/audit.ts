import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditRepository, Clock } from '../app/ports.js';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function resourceOf(request: FastifyRequest): { type: string | null; id: string | null } {
  const path = request.routeOptions.url ?? '';
  const type = /^\/api\/([^/]+)/.exec(path)?.[1] ?? null;
  const params = request.params as Record<string, unknown> | undefined;
  const fromParams = typeof params?.id === 'string' ? params.id : null;
  return { type, id: request.auditResourceId ?? fromParams };
}

/**
 * Appends who, what, which record, when and from where for every state-changing API request,
 * allowed or refused, before the answer is sent.
 */
export function installAuditLog(app: FastifyInstance, audit: AuditRepository, clock: Clock) {
  app.addHook('onSend', async (request, reply) => {
    if (readOnlyMethods.has(request.method) || !request.url.startsWith('/api/')) return;
    const resource = resourceOf(request);
    try {
      await audit.append({
        at: clock.now(),
        actorUserId: request.auth?.actor.userId ?? null,
        actorOrganisationId: request.auth?.actor.organisationId ?? null,
        action: `${request.method} ${request.routeOptions.url ?? request.url}`,
        resourceType: resource.type,
        resourceId: resource.id,
        outcome: reply.statusCode,
        ip: request.ip,
        requestId: String(request.id),
      });
    } catch (error) {
      request.log.error({ err: error }, 'could not append to the audit log');
    }
  });
}
