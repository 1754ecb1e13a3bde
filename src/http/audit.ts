import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditingTx, Clock, Origin, Transact } from '../app/shared/index.js';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's change committed with its own audit entry (see {@link originOf}). */
    changeAudited: boolean;
  }
  interface FastifyContextConfig {
    /** The record a public route's request is about when no id is in its path (sign-in: the email tried). */
    auditResourceId?: (body: unknown) => string | null;
  }
}

/** The status a route answers on success, read from its response schema (201 for a creation). */
function successStatus(request: FastifyRequest): number {
  const responses = Object.keys(request.routeOptions.schema?.response ?? {});
  return Number(responses.find((status) => /^2\d\d$/.test(status)) ?? 200);
}

/**
 * The origin a use-case audits a change with: the method and route, the request id, the client
 * IP and the status a success answers. Once the change commits, the request is marked audited.
 */
export function originOf(request: FastifyRequest): Origin {
  return {
    via: 'http',
    action: `${request.method} ${request.routeOptions.url ?? request.url}`,
    ip: request.ip,
    requestId: String(request.id),
    outcome: successStatus(request),
    onAudited: () => {
      request.changeAudited = true;
    },
  };
}

function resourceOf(request: FastifyRequest): { type: string | null; id: string | null } {
  const path = request.routeOptions.url ?? '';
  const type = /^\/api\/([^/]+)/.exec(path)?.[1] ?? null;
  const params = request.params as Record<string, unknown> | undefined;
  const id = typeof params?.id === 'string' ? params.id : null;
  return { type, id: id ?? request.routeOptions.config.auditResourceId?.(request.body) ?? null };
}

/**
 * Completes the audit log for state-changing API requests whose change did not commit with its
 * own entry: refused, failed, or changing nothing. Written before the answer is sent. Requests
 * that carried no valid credentials to a route that needs them write nothing (anyone could fill
 * the log); public routes (a failed sign-in, with the email tried) are recorded.
 */
export function installAuditLog(
  app: FastifyInstance,
  deps: { clock: Clock; transact: Transact<AuditingTx> },
) {
  app.decorateRequest('changeAudited', false);
  app.addHook('onSend', async (request, reply) => {
    if (readOnlyMethods.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.changeAudited && reply.statusCode < 400) return;
    if (!request.auth && request.routeOptions.config.access !== 'public') return;
    const resource = resourceOf(request);
    try {
      await deps.transact((tx) =>
        tx.audit.append({
          at: deps.clock.now(),
          via: 'http',
          actorUserId: request.auth?.actor.userId ?? null,
          actorOrganisationId: request.auth?.actor.organisationId ?? null,
          action: `${request.method} ${request.routeOptions.url ?? request.url}`,
          resourceType: resource.type,
          resourceId: resource.id,
          outcome: reply.statusCode,
          ip: request.ip,
          requestId: String(request.id),
        }),
      );
    } catch (error) {
      request.log.error({ err: error }, 'could not append to the audit log');
    }
  });
}
