import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  amendContract,
  type ContractsDeps,
  createContract,
  listContracts,
  readContract,
  readRequesters,
  setRequesters,
} from '../../../app/contracts/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { presentContract } from './present.js';
import {
  amendmentBody,
  contractView,
  newContractBody,
  requestersBody,
  requestersView,
} from './schema.js';

/** Contracts: a client on a plan from a date, with dated amendments and authorised requesters. */
export function contractRoutes(deps: ContractsDeps): FastifyPluginAsyncZod {
  const contractId = (id: string) => recordId(id, 'contract');
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
        const { clientId } = request.query;
        const records = await listContracts({ ...deps, actor: actorOf(request), clientId });
        return records.map(presentContract);
      },
    );

    app.post(
      '/api/contracts',
      {
        config: { access: 'contracts.manage' },
        schema: {
          tags: ['contracts'],
          summary: 'Sign a client on a plan from a date; the first period is granted at once',
          body: newContractBody,
          response: { 201: contractView },
        },
      },
      async (request, reply) => {
        const record = await createContract({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          input: request.body,
        });
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
        const id = contractId(request.params.id);
        return presentContract(
          await readContract({ ...deps, actor: actorOf(request), contractId: id }),
        );
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
          body: amendmentBody,
          response: { 201: contractView },
        },
      },
      async (request, reply) => {
        const record = await amendContract({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          contractId: contractId(request.params.id),
          amendment: request.body,
        });
        return reply.status(201).send(presentContract(record));
      },
    );

    app.put(
      '/api/contracts/:id/requesters',
      {
        config: { access: 'requesters.manage' },
        schema: {
          tags: ['contracts'],
          summary: 'Set the authorised requesters of a contract (at most the plan’s maximum)',
          params: idParams,
          body: requestersBody,
          response: { 200: requestersView },
        },
      },
      async (request) => {
        const userIds = await setRequesters({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          contractId: contractId(request.params.id),
          userIds: request.body.userIds,
        });
        return { userIds };
      },
    );

    app.get(
      '/api/contracts/:id/requesters',
      {
        config: { access: 'contracts.read' },
        schema: {
          tags: ['contracts'],
          summary: 'The authorised requesters of a contract',
          params: idParams,
          response: { 200: requestersView },
        },
      },
      async (request) => {
        const id = contractId(request.params.id);
        return {
          userIds: await readRequesters({ ...deps, actor: actorOf(request), contractId: id }),
        };
      },
    );
  };
}
