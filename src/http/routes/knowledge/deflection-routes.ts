import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deflectionFigures,
  type KnowledgeDeps,
  recordDeflection,
} from '../../../app/knowledge/index.js';
import { actorOf } from '../../access.js';
import { deflectionEventBody, deflectionQuery, deflectionView } from './schema.js';

const tags = ['knowledge'];

/** Deflection (issue 17): the portal's reports and the dashboard's figures. */
export function deflectionRoutes(deps: KnowledgeDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/knowledge/deflection-events',
      {
        config: { access: 'knowledge.deflect' },
        schema: {
          tags,
          summary: 'Report a new-request draft: articles suggested, "this solved it", or sent',
          body: deflectionEventBody,
          response: {
            200: z.object({
              recorded: z.boolean().describe('false for a retry of an event already stored'),
              outcome: z.enum(['deflected', 'submitted', 'abandoned']),
            }),
          },
        },
      },
      async (request) =>
        recordDeflection({ ...deps, actor: actorOf(request), report: request.body }),
    );

    app.get(
      '/api/knowledge/deflection',
      {
        config: { access: 'knowledge.manage' },
        schema: {
          tags,
          summary: 'Requests solved with the help centre in a period (the deflection rate)',
          querystring: deflectionQuery,
          response: { 200: deflectionView },
        },
      },
      async (request) => {
        const figures = await deflectionFigures({
          ...deps,
          actor: actorOf(request),
          from: Date.parse(request.query.from),
          to: Date.parse(request.query.to),
          clientId: request.query.clientId,
        });
        return { ...figures, helpfulArticles: [...figures.helpfulArticles] };
      },
    );
  };
}
