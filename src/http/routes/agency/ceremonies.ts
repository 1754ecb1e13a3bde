/**
 * Changes to one ceremony of a contract: moved by agreement (either side), cancelled by the
 * agency's staff with a reason, or given its minutes once it has begun.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  type AgencyDeps,
  cancelCeremony,
  moveCeremony,
  recordMinutes,
} from '../../../app/agency/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { recordId } from '../../ids.js';
import { presentCeremony } from './present.js';
import { cancelBody, ceremonyView, contractParams, minutesBody, moveBody } from './schema.js';

const tags = ['agency'];

/** POST …/ceremonies/move, …/cancel and …/minutes, each naming the ceremony by its key. */
export function agencyCeremonyRoutes(deps: AgencyDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const steps = [
      ['move', 'agency.agree', moveBody, 'Move a ceremony by agreement, saying why'],
      ['cancel', 'agency.work', cancelBody, 'Cancel a ceremony not yet held, saying why'],
      ['minutes', 'agency.work', minutesBody, 'Record the minutes of a ceremony that has begun'],
    ] as const;
    for (const [step, access, body, summary] of steps) {
      app.post(
        `/api/agency/contracts/:contractId/ceremonies/${step}`,
        {
          config: { access },
          schema: {
            tags,
            summary,
            params: contractParams,
            body,
            response: { 200: ceremonyView },
          },
        },
        async (request) => {
          const on = {
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            contractId: recordId(request.params.contractId, 'contract'),
          };
          const input = request.body;
          if ('start' in input) {
            return presentCeremony(
              await moveCeremony({ ...on, ...input, start: Date.parse(input.start) }),
            );
          }
          if ('summary' in input) return presentCeremony(await recordMinutes({ ...on, ...input }));
          return presentCeremony(await cancelCeremony({ ...on, ...input }));
        },
      );
    }
  };
}
