import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createApiToken,
  type IdentityDeps,
  listApiTokens,
  revokeApiToken,
} from '../../../app/identity/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { presentToken } from './present.js';
import { createdTokenView, newTokenBody, tokenView } from './schema.js';

/** Personal API tokens of the signed-in user. */
export function tokenRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/tokens',
      {
        config: { access: 'tokens.own' },
        schema: {
          tags: ['auth'],
          summary: 'Create a personal API token; the secret is shown only in this answer',
          body: newTokenBody,
          response: { 201: createdTokenView },
        },
      },
      async (request, reply) => {
        const expiresAt = request.body.expiresAt ? new Date(request.body.expiresAt) : null;
        const created = await createApiToken({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          name: request.body.name,
          expiresAt,
          mintedWith: request.auth?.token,
        });
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
        (await listApiTokens({ ...deps, actor: actorOf(request) })).map(presentToken),
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
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          tokenId: recordId(request.params.id, 'token'),
        });
        return reply.status(204).send(null);
      },
    );
  };
}
