import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken } from '../../../app/identity/create-api-token.js';
import { listApiTokens } from '../../../app/identity/list-api-tokens.js';
import { revokeApiToken } from '../../../app/identity/revoke-api-token.js';
import type { ApiToken, IdentityPorts } from '../../../app/ports.js';
import { actorOf } from '../../access.js';
import { idParams, recordId } from '../../ids.js';

const tokenView = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

const iso = (date: Date | null) => date?.toISOString() ?? null;

function presentToken(token: ApiToken): z.infer<typeof tokenView> {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt.toISOString(),
    expiresAt: iso(token.expiresAt),
    revokedAt: iso(token.revokedAt),
    lastUsedAt: iso(token.lastUsedAt),
  };
}

/** Personal API tokens of the signed-in user. */
export function tokenRoutes(ports: IdentityPorts): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/tokens',
      {
        config: { access: 'tokens.own' },
        schema: {
          tags: ['auth'],
          summary: 'Create a personal API token; the secret is shown only in this answer',
          body: z.object({
            name: z.string().trim().min(1).max(100),
            expiresAt: z.iso.datetime({ offset: true }).optional(),
          }),
          response: { 201: z.object({ token: tokenView, secret: z.string() }) },
        },
      },
      async (request, reply) => {
        const expiresAt = request.body.expiresAt ? new Date(request.body.expiresAt) : null;
        const created = await createApiToken({
          ports,
          actor: actorOf(request),
          name: request.body.name,
          expiresAt,
        });
        request.auditResourceId = created.token.id;
        return reply
          .status(201)
          .send({ token: presentToken(created.token), secret: created.secret });
      },
    );

    app.get(
      '/api/tokens',
      {
        config: { access: 'tokens.own' },
        schema: {
          tags: ['auth'],
          summary: 'Your API tokens',
          response: { 200: z.array(tokenView) },
        },
      },
      async (request) =>
        (await listApiTokens({ ports, actor: actorOf(request) })).map(presentToken),
    );

    app.delete(
      '/api/tokens/:id',
      {
        config: { access: 'tokens.own' },
        schema: {
          tags: ['auth'],
          summary: 'Revoke one of your API tokens',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await revokeApiToken({
          ports,
          actor: actorOf(request),
          tokenId: recordId(request.params.id, 'token'),
        });
        return reply.status(204).send(null);
      },
    );
  };
}
