import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  clearTicketEstimate,
  type ReportsDeps,
  readTicketEstimate,
  setTicketEstimate,
} from '../../../app/reports/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { estimateBody, ticketEstimateView } from './schema.js';

const path = '/api/tickets/:id/estimate';
const docs = { tags: ['tickets'], params: idParams, response: { 200: ticketEstimateView } };

/**
 * A ticket's estimate for the monthly planning: read, set and removed by the provider's staff.
 * The planning report of the period it is planned for counts it while the ticket is open.
 */
export function estimateRoutes(reports: ReportsDeps): FastifyPluginAsyncZod {
  const asked = (request: FastifyRequest & { params: { id: string } }) => ({
    ...reports,
    actor: actorOf(request),
    ticketId: recordId(request.params.id, 'ticket'),
  });
  return async (app) => {
    app.get(
      path,
      {
        config: { access: 'tickets.plan' },
        schema: { ...docs, summary: "The ticket's planning estimate and the periods it may take" },
      },
      async (request) => readTicketEstimate(asked(request)),
    );

    app.put(
      path,
      {
        config: { access: 'tickets.plan' },
        schema: {
          ...docs,
          summary: "Set the ticket's planning estimate: minutes, planned for an open period",
          body: estimateBody,
        },
      },
      async (request) =>
        setTicketEstimate({ ...asked(request), origin: originOf(request), ...request.body }),
    );

    app.delete(
      path,
      {
        config: { access: 'tickets.plan' },
        schema: { ...docs, summary: "Remove the ticket's planning estimate" },
      },
      async (request) => clearTicketEstimate({ ...asked(request), origin: originOf(request) }),
    );
  };
}
