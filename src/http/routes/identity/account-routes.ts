import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  completePasswordReset,
  endOtherSessions,
  endSession,
  type IdentityDeps,
  listSessions,
  requestPasswordReset,
} from '../../../app/identity/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { resetCompletionBody, resetRequestBody, sessionInfoView } from './schema.js';

/** The email a reset request named, for the audit entry of a request that changed nothing. */
function emailAsked(body: unknown): string | null {
  const parsed = resetRequestBody.safeParse(body);
  return parsed.success ? parsed.data.email : null;
}

/** A person's own account: a forgotten password by mail, and the sessions they have open. */
export function accountRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/password-reset',
      {
        config: { access: 'public', auditResourceId: emailAsked },
        schema: {
          tags: ['auth'],
          summary:
            'Mail a single-use reset link valid for an hour; the same answer whether or not the address has an account',
          body: resetRequestBody,
          response: { 202: z.null() },
        },
      },
      async (request, reply) => {
        await requestPasswordReset({
          ...deps,
          origin: originOf(request),
          email: request.body.email,
          ip: request.ip,
        });
        return reply.status(202).send(null);
      },
    );

    app.post(
      '/api/auth/password-reset/complete',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary:
            "Set a new password with a mailed link's secret; ends every session and API token of the account",
          body: resetCompletionBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await completePasswordReset({ ...deps, origin: originOf(request), ...request.body });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/me/sessions',
      {
        config: { access: 'sessions.own' },
        schema: {
          tags: ['auth'],
          summary: 'Your web sessions that have not expired, most recently used first',
          response: { 200: z.array(sessionInfoView) },
        },
      },
      async (request) => {
        const sessions = await listSessions({ ...deps, actor: actorOf(request) });
        return sessions.map((session) => ({
          ...session,
          createdAt: session.createdAt.toISOString(),
          expiresAt: session.expiresAt.toISOString(),
          lastUsedAt: session.lastUsedAt?.toISOString() ?? null,
          current: session.id === request.auth?.sessionId,
        }));
      },
    );

    app.delete(
      '/api/me/sessions/:id',
      {
        config: { access: 'sessions.own' },
        schema: {
          tags: ['auth'],
          summary: 'End one of your sessions',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await endSession({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          sessionId: recordId(request.params.id, 'session'),
        });
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/me/sessions',
      {
        config: { access: 'sessions.own' },
        schema: {
          tags: ['auth'],
          summary: 'End every session of yours but this one (with an API token: every session)',
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await endOtherSessions({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          currentSessionId: request.auth?.sessionId,
        });
        return reply.status(204).send(null);
      },
    );
  };
}
