import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addInternalNote } from '../../../app/desk/add-internal-note.js';
import { changeTicketStatus } from '../../../app/desk/change-ticket-status.js';
import { complianceReport } from '../../../app/desk/compliance-report.js';
import { listTickets } from '../../../app/desk/list-tickets.js';
import { logTicketTime } from '../../../app/desk/log-ticket-time.js';
import { openTicket } from '../../../app/desk/open-ticket.js';
import { readTicket } from '../../../app/desk/read-ticket.js';
import { replyToTicket } from '../../../app/desk/reply-to-ticket.js';
import { setRequesters } from '../../../app/desk/set-requesters.js';
import { updateTicket } from '../../../app/desk/update-ticket.js';
import { contractInReach } from '../../../app/hour-bank/contract-in-reach.js';
import { contractToday } from '../../../app/hour-bank/contract-today.js';
import type { AppPorts } from '../../../app/ports.js';
import { ticketStatuses } from '../../../domain/tickets/status.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { actorOf } from '../../access.js';
import { idParams, recordId } from '../../ids.js';
import { loggedWorkView, presentLoggedWork, timeEntryFields } from '../contracts/present.js';
import { presentTicket, presentTicketDetail } from './present.js';
import {
  localeQuery,
  newTicketBody,
  replyBody,
  ticketDetailView,
  ticketQuery,
  ticketView,
  updateBody,
} from './schema.js';

const complianceView = z.object({
  period: z.object({ start: z.string(), end: z.string() }),
  rows: z.array(z.record(z.string(), z.unknown())),
});

/** The service desk: tickets, their conversation, status, time, SLA clocks, and compliance. */
export function ticketRoutes(ports: AppPorts): FastifyPluginAsyncZod {
  return async (app) => {
    const ticketId = (id: string) => recordId(id, 'ticket');
    const detail = async (
      request: Pick<FastifyRequest, 'auth'>,
      id: string,
      locale?: 'es' | 'en',
    ) => {
      const view = await readTicket({ ...ports, actor: actorOf(request), ticketId: ticketId(id) });
      return presentTicketDetail(view, locale ?? request.auth?.user.locale ?? 'es');
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
        const ticket = await openTicket({ ...ports, actor: actorOf(request), input: request.body });
        request.auditResourceId = ticket.id;
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
        return (await listTickets({ ...ports, actor: actorOf(request), filter })).map(
          presentTicket,
        );
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
          ...ports,
          actor: actorOf(request),
          ticketId: ticketId(request.params.id),
          update: request.body,
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
        await replyToTicket({
          ...ports,
          actor: actorOf(request),
          ticketId: ticketId(request.params.id),
          ...request.body,
        });
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
        await addInternalNote({
          ...ports,
          actor: actorOf(request),
          ticketId: ticketId(request.params.id),
          body: request.body.body,
        });
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
        await changeTicketStatus({
          ...ports,
          actor: actorOf(request),
          ticketId: ticketId(request.params.id),
          status: request.body.status,
        });
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
        const result = await logTicketTime({
          ...ports,
          actor: actorOf(request),
          ticketId: ticketId(request.params.id),
          ...request.body,
        });
        request.auditResourceId = `${request.params.id}/${result.work.id}`;
        return reply.status(201).send(presentLoggedWork(result));
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
          body: z.object({ userIds: z.array(z.uuid()).max(10_000) }),
          response: { 200: z.object({ userIds: z.array(z.string()) }) },
        },
      },
      async (request) => {
        const contractId = recordId(request.params.id, 'contract');
        const userIds = await setRequesters({
          ...ports,
          actor: actorOf(request),
          contractId,
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
          response: { 200: z.object({ userIds: z.array(z.string()) }) },
        },
      },
      async (request) => {
        const contractId = recordId(request.params.id, 'contract');
        const record = await contractInReach({
          ...ports,
          actor: actorOf(request),
          action: 'contracts.read',
          contractId,
        });
        return { userIds: await ports.tickets.requesters(record.contract.id) };
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
        const contractId = recordId(request.params.id, 'contract');
        const record = await contractInReach({
          ...ports,
          actor: actorOf(request),
          action: 'compliance.read',
          contractId,
        });
        const date = request.query.date ?? (await contractToday({ ...ports, record }));
        const report = await complianceReport({ ...ports, record, date });
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
          response: {
            200: z.array(
              z.object({
                id: z.string(),
                ticketId: z.string(),
                clock: z.string(),
                kind: z.string(),
                moment: z.string(),
                createdAt: z.string(),
              }),
            ),
          },
        },
      },
      async (request) =>
        (await ports.tickets.listNotices(request.query.limit)).map((notice) => ({
          ...notice,
          moment: notice.moment.toISOString(),
          createdAt: notice.createdAt.toISOString(),
        })),
    );
  };
}
