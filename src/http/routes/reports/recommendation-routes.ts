import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  type ReportsDeps,
  readRecommendations,
  setRecommendations,
} from '../../../app/reports/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { recommendationsBody, recommendationsQuery, recommendationsView } from './schema.js';

const path = '/api/contracts/:id/reports/monitoring/recommendations';

/**
 * The account manager's recommendations on the monitoring report of a 15-day window: read by
 * whoever reads the report, written by those who issue it, before the issue that keeps them.
 */
export function recommendationRoutes(reports: ReportsDeps): FastifyPluginAsyncZod {
  const asked = (request: FastifyRequest & { params: { id: string } }, period?: string) => ({
    ...reports,
    actor: actorOf(request),
    contractId: recordId(request.params.id, 'contract'),
    date: period,
  });
  return async (app) => {
    app.get(
      path,
      {
        config: { access: 'reports.read' },
        schema: {
          tags: ['reports'],
          summary: "The account manager's recommendations for a monitoring window",
          params: idParams,
          querystring: recommendationsQuery,
          response: { 200: recommendationsView },
        },
      },
      async (request) => readRecommendations(asked(request, request.query.period)),
    );

    app.put(
      path,
      {
        config: { access: 'reports.issue' },
        schema: {
          tags: ['reports'],
          summary: "Write the account manager's recommendations for a monitoring window",
          params: idParams,
          body: recommendationsBody,
          response: { 200: recommendationsView },
        },
      },
      async (request) =>
        setRecommendations({
          ...asked(request, request.body.period),
          origin: originOf(request),
          text: request.body.text,
        }),
    );
  };
}
