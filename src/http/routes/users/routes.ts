import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUser } from '../../../app/identity/create-user.js';
import { listUsers } from '../../../app/identity/list-users.js';
import { updateUser } from '../../../app/identity/update-user.js';
import { userInReach } from '../../../app/identity/user-in-reach.js';
import type { IdentityPorts } from '../../../app/ports.js';
import { roles } from '../../../domain/identity/roles.js';
import { actorOf } from '../../access.js';
import { idParams, recordId } from '../../ids.js';
import { presentUser, userView } from './present.js';

const locale = z.enum(['es', 'en']);

/** People of every organisation, their roles and logins. */
export function userRoutes(ports: IdentityPorts): FastifyPluginAsyncZod {
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
          users: ports.users,
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
          body: z.object({
            organisationId: z.uuid(),
            email: z.email().max(320),
            name: z.string().trim().min(1).max(200),
            locale: locale.default('es'),
            role: z.enum(roles),
            password: z.string().max(1024).nullable().default(null),
          }),
          response: { 201: userView },
        },
      },
      async (request, reply) => {
        const user = await createUser({
          organisations: ports.organisations,
          users: ports.users,
          ...request.body,
        });
        request.auditResourceId = user.id;
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
        const user = await userInReach({
          users: ports.users,
          actor: actorOf(request),
          action: 'users.read',
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
          body: z
            .object({
              name: z.string().trim().min(1).max(200),
              locale,
              role: z.enum(roles),
              active: z.boolean(),
            })
            .partial()
            .strict(),
          response: { 200: userView },
        },
      },
      async (request) => {
        const user = await updateUser({
          ports,
          actor: actorOf(request),
          userId: recordId(request.params.id, 'user'),
          changes: request.body,
        });
        return presentUser(user);
      },
    );
  };
}
