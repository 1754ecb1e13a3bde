import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUser,
  type IdentityDeps,
  listUsers,
  readUser,
  resetTwoFactor,
  updateUser,
} from '../../../app/identity/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { presentUser } from './present.js';
import { newUserBody, userChangesBody, userView } from './schema.js';

/** People of every organisation, their roles and logins. */
export function userRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        config: { access: 'users.read' },
        schema: {
          tags: ['users'],
          summary: 'Users you can see',
          querystring: z.object({ organisationId: z.uuid().optional() }),
          response: { 200: z.array(userView) },
        },
      },
      async (request) => {
        const users = await listUsers({
          ...deps,
          actor: actorOf(request),
          organisationId: request.query.organisationId,
        });
        return users.map(presentUser);
      },
    );

    app.post(
      '/api/users',
      {
        config: { access: 'users.manage' },
        schema: {
          tags: ['users'],
          summary: 'Add a user (without a password: a contact who cannot sign in)',
          body: newUserBody,
          response: { 201: userView },
        },
      },
      async (request, reply) => {
        const user = await createUser({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          user: request.body,
        });
        return reply.status(201).send(presentUser(user));
      },
    );

    app.get(
      '/api/users/:id',
      {
        config: { access: 'users.read' },
        schema: {
          tags: ['users'],
          summary: 'One user',
          params: idParams,
          response: { 200: userView },
        },
      },
      async (request) => {
        const user = await readUser({
          ...deps,
          actor: actorOf(request),
          userId: recordId(request.params.id, 'user'),
        });
        return presentUser(user);
      },
    );

    app.patch(
      '/api/users/:id',
      {
        config: { access: 'users.manage' },
        schema: {
          tags: ['users'],
          summary: "Change a user's name, locale, role or active flag",
          params: idParams,
          body: userChangesBody,
          response: { 200: userView },
        },
      },
      async (request) => {
        const user = await updateUser({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          userId: recordId(request.params.id, 'user'),
          changes: request.body,
        });
        return presentUser(user);
      },
    );

    app.post(
      '/api/users/:id/two-factor/reset',
      {
        config: { access: 'users.manage' },
        schema: {
          tags: ['users'],
          summary: "Turn a user's two-factor sign-in off (a lost phone) and end their sessions",
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await resetTwoFactor({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          userId: recordId(request.params.id, 'user'),
        });
        return reply.status(204).send(null);
      },
    );
  };
}
