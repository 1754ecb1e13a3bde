import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendToLedger } from '../../../app/hour-bank/append-to-ledger.js';
import { closeDuePeriods } from '../../../app/hour-bank/close-due-periods.js';
import { contractInReach } from '../../../app/hour-bank/contract-in-reach.js';
import { logWork } from '../../../app/hour-bank/log-work.js';
import type { ContractRepository } from '../../../app/hour-bank/ports.js';
import { readBalance, readEntries, readStatement } from '../../../app/hour-bank/read-bank.js';
import type { CalendarRepository, Clock } from '../../../app/ports.js';
import type { Action } from '../../../domain/identity/policy.js';
import { ticketKinds } from '../../../domain/tickets/vocabulary.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { actorOf } from '../../access.js';
import { idParams, recordId } from '../../ids.js';
import {
  balanceView,
  entryView,
  loggedWorkView,
  presentBalance,
  presentEntry,
  presentLoggedWork,
  presentStatement,
  presentWork,
  statementView,
  timeEntryFields,
  workView,
} from '../contracts/present.js';

/** What the hour-bank routes need. */
export interface HourBankRouteDeps {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
}

/** The parts of a request on `/api/contracts/:id/…` the helpers below use. */
type ContractRequest = Pick<FastifyRequest, 'auth' | 'auditResourceId'> & {
  params: { id: string };
};

const dateQuery = z.object({
  date: localDateSchema.optional().describe('a local date; today by default'),
});
const reason = z.string().trim().min(3).max(1000);

/** The hour bank of one contract: balance, statement, ledger, work log, approvals and corrections. */
export function hourBankRoutes(deps: HourBankRouteDeps): FastifyPluginAsyncZod {
  const reach = (request: ContractRequest, action: Action) =>
    contractInReach({
      ...deps,
      actor: actorOf(request),
      action,
      contractId: recordId(request.params.id, 'contract'),
    });
  const append = async (
    request: ContractRequest,
    action: Action,
    entry: Parameters<typeof appendToLedger>[0]['entry'],
  ) => {
    const record = await reach(request, action);
    const appended = await appendToLedger({
      ...deps,
      contractId: record.contract.id,
      entry,
      by: actorOf(request).userId,
    });
    request.auditResourceId = `${record.contract.id}/${appended.id}`;
    return presentEntry(appended);
  };

  return async (app) => {
    app.get(
      '/api/contracts/:id/balance',
      {
        config: { access: 'hours.read' },
        schema: {
          tags: ['hour bank'],
          summary: 'Balance at the end of a day',
          params: idParams,
          querystring: dateQuery,
          response: { 200: balanceView },
        },
      },
      async (request) => {
        const record = await reach(request, 'hours.read');
        return presentBalance(await readBalance({ ...deps, record, date: request.query.date }));
      },
    );

    app.get(
      '/api/contracts/:id/statement',
      {
        config: { access: 'hours.read' },
        schema: {
          tags: ['hour bank'],
          summary:
            'Statement of the period containing a date: granted, consumed, pending, expired, overage',
          params: idParams,
          querystring: dateQuery,
          response: { 200: statementView },
        },
      },
      async (request) => {
        const record = await reach(request, 'hours.read');
        return presentStatement(await readStatement({ ...deps, record, date: request.query.date }));
      },
    );

    app.get(
      '/api/contracts/:id/entries',
      {
        config: { access: 'hours.read' },
        schema: {
          tags: ['hour bank'],
          summary: 'The ledger, newest first',
          params: idParams,
          querystring: z.object({
            limit: z.coerce.number().int().min(1).max(500).default(100),
            before: z.string().regex(/^\d+$/).optional(),
          }),
          response: { 200: z.array(entryView) },
        },
      },
      async (request) => {
        const record = await reach(request, 'hours.read');
        return (await readEntries({ ...deps, record, ...request.query })).map(presentEntry);
      },
    );

    app.get(
      '/api/contracts/:id/work',
      {
        config: { access: 'hours.read' },
        schema: {
          tags: ['hour bank'],
          summary: 'Logged work, newest first',
          params: idParams,
          querystring: z.object({
            ticketRef: z.string().max(200).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: z.array(workView) },
        },
      },
      async (request) => {
        const record = await reach(request, 'hours.read');
        return (await deps.contracts.listWork(record.contract.id, request.query)).map(presentWork);
      },
    );

    app.post(
      '/api/contracts/:id/work',
      {
        config: { access: 'hours.log' },
        schema: {
          tags: ['hour bank'],
          summary: 'Log minutes of work; returns what was charged and why',
          params: idParams,
          body: z.object({
            ticketRef: z.string().trim().min(1).max(200),
            conversationRef: z.string().trim().min(1).max(200).nullable().default(null),
            kind: z.enum(ticketKinds),
            ...timeEntryFields,
          }),
          response: { 201: loggedWorkView },
        },
      },
      async (request, reply) => {
        const record = await reach(request, 'hours.log');
        const result = await logWork({
          ...deps,
          contractId: record.contract.id,
          work: request.body,
          by: actorOf(request).userId,
        });
        request.auditResourceId = `${record.contract.id}/${result.work.id}`;
        return reply.status(201).send(presentLoggedWork(result));
      },
    );

    app.post(
      '/api/contracts/:id/decisions',
      {
        config: { access: 'consumption.approve' },
        schema: {
          tags: ['hour bank'],
          summary: 'Approve or reject consumption awaiting approval (client decision-maker)',
          params: idParams,
          body: z.object({
            consumeId: z.string().regex(/^\d+$/),
            decision: z.enum(['approved', 'rejected']),
          }),
          response: { 201: entryView },
        },
      },
      async (request, reply) => {
        const entry = { type: 'approval' as const, ...request.body };
        return reply.status(201).send(await append(request, 'consumption.approve', entry));
      },
    );

    app.post(
      '/api/contracts/:id/adjustments',
      {
        config: { access: 'hours.adjust' },
        schema: {
          tags: ['hour bank'],
          summary: 'Add (positive) or remove (negative) minutes, with a reason',
          params: idParams,
          body: z.object({
            minutes: z
              .number()
              .int()
              .min(-1_000_000)
              .max(1_000_000)
              .refine((m) => m !== 0, 'must not be 0'),
            reason,
            expiresOn: localDateSchema.nullable().default(null),
            on: localDateSchema.optional(),
          }),
          response: { 201: entryView },
        },
      },
      async (request, reply) => {
        const entry = { type: 'adjust' as const, ...request.body };
        return reply.status(201).send(await append(request, 'hours.adjust', entry));
      },
    );

    app.post(
      '/api/contracts/:id/reversals',
      {
        config: { access: 'hours.adjust' },
        schema: {
          tags: ['hour bank'],
          summary: 'Reverse a grant, consume or adjust entry of an open period, with a reason',
          params: idParams,
          body: z.object({
            entryId: z.string().regex(/^\d+$/),
            reason,
            on: localDateSchema.optional(),
          }),
          response: { 201: entryView },
        },
      },
      async (request, reply) => {
        const entry = { type: 'reversal' as const, ...request.body };
        return reply.status(201).send(await append(request, 'hours.adjust', entry));
      },
    );

    app.post(
      '/api/contracts/:id/close-periods',
      {
        config: { access: 'hours.close' },
        schema: {
          tags: ['hour bank'],
          summary: 'Close every ended period of the contract now (the daily job does it too)',
          params: idParams,
          response: { 200: z.object({ closed: z.array(z.string()) }) },
        },
      },
      async (request) => {
        const record = await reach(request, 'hours.close');
        const [result] = await closeDuePeriods({ ...deps, contractIds: [record.contract.id] });
        return { closed: result?.periods ?? [] };
      },
    );
  };
}
