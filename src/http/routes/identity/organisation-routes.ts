import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisation,
  type IdentityDeps,
  listOrganisations,
  readOrganisation,
  setOrganisationTimeZone,
} from '../../../app/identity/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { presentOrganisation } from './present.js';
import { newOrganisationBody, organisationTimeZoneBody, organisationView } from './schema.js';

/** Clients and partners of the installation. */
export function organisationRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
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
        (await listOrganisations({ ...deps, actor: actorOf(request) })).map(presentOrganisation),
    );

    app.post(
      '/api/organisations',
      {
        config: { access: 'organisations.manage' },
        schema: {
          tags: ['organisations'],
          summary: 'Add a client or a partner',
          body: newOrganisationBody,
          response: { 201: organisationView },
        },
      },
      async (request, reply) => {
        const organisation = await createOrganisation({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          organisation: request.body,
        });
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
        const organisation = await readOrganisation({
          ...deps,
          actor: actorOf(request),
          organisationId: recordId(request.params.id, 'organisation'),
        });
        return presentOrganisation(organisation);
      },
    );

    app.put(
      '/api/organisations/:id/time-zone',
      {
        config: { access: 'organisations.manage' },
        schema: {
          tags: ['organisations'],
          summary: 'Set the time zone the organisation’s people type and read wall times in',
          params: idParams,
          body: organisationTimeZoneBody,
          response: { 200: organisationView },
        },
      },
      async (request) =>
        presentOrganisation(
          await setOrganisationTimeZone({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            organisationId: recordId(request.params.id, 'organisation'),
            timeZone: request.body.timeZone,
          }),
        ),
    );
  };
}
