import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createOrganisation } from '../../../app/identity/create-organisation.js';
import { listOrganisations } from '../../../app/identity/list-organisations.js';
import { organisationInReach } from '../../../app/identity/organisation-in-reach.js';
import type { IdentityPorts } from '../../../app/ports.js';
import { actorOf } from '../../access.js';
import { idParams, recordId } from '../../ids.js';
import { organisationView, presentOrganisation } from '../users/present.js';

/** Clients and partners of the installation. */
export function organisationRoutes(ports: IdentityPorts): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/organisations',
      {
        config: { access: 'organisations.read' },
        schema: {
          tags: ['organisations'],
          summary: 'Organisations you can see',
          response: { 200: z.array(organisationView) },
        },
      },
      async (request) =>
        (
          await listOrganisations({ organisations: ports.organisations, actor: actorOf(request) })
        ).map(presentOrganisation),
    );

    app.post(
      '/api/organisations',
      {
        config: { access: 'organisations.manage' },
        schema: {
          tags: ['organisations'],
          summary: 'Add a client or a partner',
          body: z.object({
            kind: z.enum(['client', 'partner']),
            name: z.string().trim().min(1).max(200),
            partnerId: z
              .uuid()
              .nullable()
              .default(null)
              .describe('the partner that manages this client'),
          }),
          response: { 201: organisationView },
        },
      },
      async (request, reply) => {
        const organisation = await createOrganisation({
          organisations: ports.organisations,
          ...request.body,
        });
        request.auditResourceId = organisation.id;
        return reply.status(201).send(presentOrganisation(organisation));
      },
    );

    app.get(
      '/api/organisations/:id',
      {
        config: { access: 'organisations.read' },
        schema: {
          tags: ['organisations'],
          summary: 'One organisation',
          params: idParams,
          response: { 200: organisationView },
        },
      },
      async (request) => {
        const organisation = await organisationInReach({
          organisations: ports.organisations,
          actor: actorOf(request),
          action: 'organisations.read',
          organisationId: recordId(request.params.id, 'organisation'),
        });
        return presentOrganisation(organisation);
      },
    );
  };
}
