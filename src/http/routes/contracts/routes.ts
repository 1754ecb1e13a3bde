import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { amendContract } from '../../../app/hour-bank/amend-contract.js';
import { contractInReach } from '../../../app/hour-bank/contract-in-reach.js';
import { createContract } from '../../../app/hour-bank/create-contract.js';
import type { ContractRepository, PlanRepository } from '../../../app/hour-bank/ports.js';
import { visibleOrganisationIds } from '../../../app/identity/visible-organisations.js';
import type { CalendarRepository, Clock, OrganisationRepository } from '../../../app/ports.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { actorOf } from '../../access.js';
import { idParams, recordId } from '../../ids.js';
import { contractView, presentContract } from './present.js';

/** What the contract routes need. */
export interface ContractRouteDeps {
  contracts: ContractRepository;
  plans: PlanRepository;
  organisations: OrganisationRepository;
  calendars: CalendarRepository;
  clock: Clock;
}

/** Contracts: a client on a plan from a date, with dated amendments. */
export function contractRoutes(deps: ContractRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/contracts',
      {
        config: { access: 'contracts.read' },
        schema: {
          tags: ['contracts'],
          summary: 'Contracts you can see',
          querystring: z.object({ clientId: z.uuid().optional() }),
          response: { 200: z.array(contractView) },
        },
      },
      async (request) => {
        const visible = visibleOrganisationIds(actorOf(request));
        const { clientId } = request.query;
        const ids = clientId ? (visible && !visible.includes(clientId) ? [] : [clientId]) : visible;
        return (await deps.contracts.list(ids)).map(presentContract);
      },
    );

    app.post(
      '/api/contracts',
      {
        config: { access: 'contracts.manage' },
        schema: {
          tags: ['contracts'],
          summary: 'Sign a client on a plan from a date; the first period is granted at once',
          body: z.object({
            clientId: z.uuid(),
            planId: z.uuid(),
            name: z.string().trim().min(1).max(200),
            start: localDateSchema,
            end: localDateSchema.nullable().default(null),
            overrides: z
              .record(z.string(), z.unknown())
              .default({})
              .describe('plan parameters that differ for this client'),
          }),
          response: { 201: contractView },
        },
      },
      async (request, reply) => {
        const record = await createContract({
          ...deps,
          ...request.body,
          by: actorOf(request).userId,
        });
        request.auditResourceId = record.contract.id;
        return reply.status(201).send(presentContract(record));
      },
    );

    app.get(
      '/api/contracts/:id',
      {
        config: { access: 'contracts.read' },
        schema: {
          tags: ['contracts'],
          summary: 'One contract',
          params: idParams,
          response: { 200: contractView },
        },
      },
      async (request) => {
        const contractId = recordId(request.params.id, 'contract');
        const record = await contractInReach({
          ...deps,
          actor: actorOf(request),
          action: 'contracts.read',
          contractId,
        });
        return presentContract(record);
      },
    );

    app.post(
      '/api/contracts/:id/amendments',
      {
        config: { access: 'contracts.manage' },
        schema: {
          tags: ['contracts'],
          summary: 'Add a dated amendment: temporary_growth, prepaid_hours or parameter_change',
          params: idParams,
          body: z
            .record(z.string(), z.unknown())
            .describe('{kind: "temporary_growth", from, extraMinutesPerPeriod, periods} …'),
          response: { 201: contractView },
        },
      },
      async (request, reply) => {
        const contractId = recordId(request.params.id, 'contract');
        const actor = actorOf(request);
        await contractInReach({ ...deps, actor, action: 'contracts.manage', contractId });
        await amendContract({ ...deps, contractId, amendment: request.body, by: actor.userId });
        const record = await contractInReach({
          ...deps,
          actor,
          action: 'contracts.read',
          contractId,
        });
        return reply.status(201).send(presentContract(record));
      },
    );
  };
}
