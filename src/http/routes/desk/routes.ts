import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addInternalNote,
  bulkUpdateTickets,
  changeTicketStatus,
  complianceReport,
  type DeskDeps,
  escalateTicket,
  listNotices,
  listTickets,
  logTicketTime,
  openTicket,
  readTicket,
  replyToTicket,
  ticketAssignees,
  updateTicket,
} from '../../../app/desk/index.js';
import { groupCommit } from '../../../app/shared/index.js';
import { ticketStatuses } from '../../../domain/tickets/status.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { viewerLocale } from '../../locale.js';
import { publicBaseUrl } from '../../public-url.js';
import { presentLoggedWork } from '../hour-bank/present.js';
import { loggedWorkView, timeEntryFields } from '../hour-bank/schema.js';
import { presentNotice, presentSummary, presentTicket, presentTicketDetail } from './present.js';
import {
  assigneeView,
  bulkBody,
  bulkResultView,
  complianceView,
  localeQuery,
  newTicketBody,
  noteBody,
  noticeView,
  replyBody,
  ticketDetailView,
  ticketPageView,
  ticketQuery,
  ticketView,
  updateBody,
} from './schema.js';

/** The service desk: tickets, their conversation, status, time, SLA clocks, and compliance. */
export function deskRoutes(deps: DeskDeps, publicUrl?: string): FastifyPluginAsyncZod {
  return async (app) => {
    const ticketId = (id: string) => recordId(id, 'ticket');
    /** Tickets opened at once commit together, each answered after its own commit. */
    const openings = groupCommit(deps.transact);
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
          transact: openings,
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
          summary:
            'A page of the tickets you can see (most urgent SLA first by default) and how many match',
          querystring: ticketQuery,
          response: { 200: ticketPageView },
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
        const page = await listTickets({ ...deps, actor: actorOf(request), filter });
        return { tickets: page.tickets.map(presentSummary), total: page.total };
      },
    );

    app.post(
      '/api/tickets/bulk',
      {
        config: { access: 'tickets.work' },
        schema: {
          tags: ['tickets'],
          summary:
            'Change status, assignee or criticality of many tickets; each is changed (or refused) on its own',
          body: bulkBody,
          response: { 200: bulkResultView },
        },
      },
      async (request) =>
        bulkUpdateTickets({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          ticketIds: request.body.ticketIds,
          change: request.body.change,
        }),
    );

    app.get(
      '/api/tickets/:id/assignees',
      {
        config: { access: 'tickets.work' },
        schema: {
          tags: ['tickets'],
          summary: 'Who you may assign the ticket to',
          params: idParams,
          response: { 200: z.array(assigneeView) },
        },
      },
      async (request) =>
        (await ticketAssignees({ ...command(request) })).map(({ id, name, organisationId }) => ({
          id,
          name,
          organisationId,
        })),
    );

    app.post(
      '/api/tickets/:id/escalate',
      {
        config: { access: 'tickets.escalate' },
        schema: {
          tags: ['tickets'],
          summary:
            'The managing partner hands the ticket to the provider, saying why (a note the client never sees)',
          params: idParams,
          body: z.object({ reason: z.string().trim().min(1).max(50_000) }),
          response: { 200: ticketDetailView },
        },
      },
      async (request) => {
        await escalateTicket({ ...command(request), reason: request.body.reason });
        return detail(request, request.params.id);
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
        await updateTicket({
          ...command(request),
          update: request.body,
          helpCentreUrl: publicBaseUrl(request, publicUrl),
        });
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
          summary:
            'A note the client never sees (never a response): the provider’s own, or shared with the managing partner',
          params: idParams,
          body: noteBody,
          response: { 201: ticketDetailView },
        },
      },
      async (request, reply) => {
        await addInternalNote({ ...command(request), ...request.body });
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
          summary:
            'First-response SLA compliance of the period containing a date: the month’s verdict over all its tickets, and per criticality',
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
          overall: report.overall && { ...report.overall },
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
