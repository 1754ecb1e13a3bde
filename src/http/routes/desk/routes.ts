import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addInternalNote,
  changeTicketStatus,
  complianceReport,
  type DeskDeps,
  listNotices,
  listTickets,
  logTicketTime,
  openTicket,
  readTicket,
  replyToTicket,
  updateTicket,
} from '../../../app/desk/index.js';
import { ticketStatuses } from '../../../domain/tickets/status.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { viewerLocale } from '../../locale.js';
import { presentLoggedWork } from '../hour-bank/present.js';
import { loggedWorkView, timeEntryFields } from '../hour-bank/schema.js';
import { presentNotice, presentTicket, presentTicketDetail } from './present.js';
import {
  complianceView,
  localeQuery,
  newTicketBody,
  noticeView,
  replyBody,
  ticketDetailView,
  ticketQuery,
  ticketView,
  updateBody,
} from './schema.js';

/** The service desk: tickets, their conversation, status, time, SLA clocks, and compliance. */
export function deskRoutes(deps: DeskDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const ticketId = (id: string) => recordId(id, 'ticket');
    /** What every ticket command gets from a request: the deps, the actor, the origin, the ticket. */
    const command = (request: FastifyRequest & { params: { id: string } }) => ({
      ...deps,
      actor: actorOf(request),
      origin: originOf(request),
      ticketId: ticketId(request.params.id),
    });
    const detail = async (
      request: Pick<FastifyRequest, 'auth' | 'headers'>,
      id: string,
      locale?: 'es' | 'en',
    ) => {
      const view = await readTicket({ ...deps, actor: actorOf(request), ticketId: ticketId(id) });
      return presentTicketDetail(view, viewerLocale(request, locale));
    };

    app.post(
      '/api/tickets',
      {
        config: { access: 'tickets.create' },
        schema: {
          tags: ['tickets'],
          summary: 'Open a ticket on a contract',
          body: newTicketBody,
          response: { 201: ticketView },
        },
      },
      async (request, reply) => {
        const ticket = await openTicket({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          input: request.body,
        });
        return reply.status(201).send(presentTicket(ticket));
      },
    );

    app.get(
      '/api/tickets',
      {
        config: { access: 'tickets.read' },
        schema: {
          tags: ['tickets'],
          summary: 'Tickets you can see, most urgent SLA first',
          querystring: ticketQuery,
          response: { 200: z.array(ticketView) },
        },
      },
      async (request) => {
        const { status, slaState, dueBefore, q, ...rest } = request.query;
        const filter = {
          ...rest,
          statuses: status,
          slaStates: slaState,
          text: q,
          dueBefore: dueBefore ? new Date(dueBefore) : undefined,
        };
        return (await listTickets({ ...deps, actor: actorOf(request), filter })).map(presentTicket);
      },
    );

    app.get(
      '/api/tickets/:id',
      {
        config: { access: 'tickets.read' },
        schema: {
          tags: ['tickets'],
          summary: 'A ticket with its conversation and SLA clocks explained',
          params: idParams,
          querystring: localeQuery,
          response: { 200: ticketDetailView },
        },
      },
      async (request) => detail(request, request.params.id, request.query.locale),
    );

    app.patch(
      '/api/tickets/:id',
      {
        config: { access: 'tickets.work' },
        schema: {
          tags: ['tickets'],
          summary:
            'Change criticality, classification, level (L3 escalates to the vendor), assignee, outcome or subject',
          params: idParams,
          body: updateBody,
          response: { 200: ticketDetailView },
        },
      },
      async (request) => {
        await updateTicket({ ...command(request), update: request.body });
        return detail(request, request.params.id);
      },
    );

    app.post(
      '/api/tickets/:id/replies',
      {
        config: { access: 'tickets.reply' },
        schema: {
          tags: ['tickets'],
          summary: 'A public reply (from the provider it may set a status too)',
          params: idParams,
          body: replyBody,
          response: { 201: ticketDetailView },
        },
      },
      async (request, reply) => {
        await replyToTicket({ ...command(request), ...request.body });
        return reply.status(201).send(await detail(request, request.params.id));
      },
    );

    app.post(
      '/api/tickets/:id/notes',
      {
        config: { access: 'tickets.work' },
        schema: {
          tags: ['tickets'],
          summary: 'An internal note (never a response)',
          params: idParams,
          body: z.object({ body: z.string().trim().min(1).max(50_000) }),
          response: { 201: ticketDetailView },
        },
      },
      async (request, reply) => {
        await addInternalNote({ ...command(request), body: request.body.body });
        return reply.status(201).send(await detail(request, request.params.id));
      },
    );

    app.post(
      '/api/tickets/:id/status',
      {
        config: { access: 'tickets.work' },
        schema: {
          tags: ['tickets'],
          summary:
            'Change the status (new → open ⇄ waiting_client, waiting_vendor → resolved → closed; reopen)',
          params: idParams,
          body: z.object({ status: z.enum(ticketStatuses) }),
          response: { 200: ticketDetailView },
        },
      },
      async (request) => {
        await changeTicketStatus({ ...command(request), status: request.body.status });
        return detail(request, request.params.id);
      },
    );

    app.post(
      '/api/tickets/:id/time',
      {
        config: { access: 'tickets.log_time' },
        schema: {
          tags: ['tickets'],
          summary: 'Log time on the ticket; returns the charge with the rules applied',
          params: idParams,
          body: z.object(timeEntryFields),
          response: { 201: loggedWorkView },
        },
      },
      async (request, reply) => {
        const result = await logTicketTime({ ...command(request), ...request.body });
        return reply.status(201).send(presentLoggedWork(result, viewerLocale(request)));
      },
    );

    app.get(
      '/api/contracts/:id/compliance',
      {
        config: { access: 'compliance.read' },
        schema: {
          tags: ['contracts'],
          summary: 'First-response SLA compliance per criticality for the period containing a date',
          params: idParams,
          querystring: z.object({ date: localDateSchema.optional() }),
          response: { 200: complianceView },
        },
      },
      async (request) => {
        const report = await complianceReport({
          ...deps,
          actor: actorOf(request),
          contractId: recordId(request.params.id, 'contract'),
          date: request.query.date,
        });
        return {
          period: { start: report.period.start, end: report.period.end },
          rows: report.rows.map((row) => ({ ...row })),
        };
      },
    );

    app.get(
      '/api/notices',
      {
        config: { access: 'notices.read' },
        schema: {
          tags: ['tickets'],
          summary: 'SLA at-risk and breach notices, newest first',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
          response: { 200: z.array(noticeView) },
        },
      },
      async (request) =>
        (await listNotices({ ...deps, actor: actorOf(request), limit: request.query.limit })).map(
          presentNotice,
        ),
    );
  };
}
