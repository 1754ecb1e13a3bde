import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ContractsDeps, closeDuePeriods } from '../../../app/contracts/index.js';
import {
  appendToLedger,
  type HourBankDeps,
  logWork,
  type ManualEntry,
  readBalance,
  readEntries,
  readStatement,
  readWork,
} from '../../../app/hour-bank/index.js';
import { requestOutcomes, ticketKinds } from '../../../domain/tickets/vocabulary.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { viewerLocale } from '../../locale.js';
import {
  presentBalance,
  presentEntry,
  presentLoggedWork,
  presentStatement,
  presentWork,
} from './present.js';
import {
  balanceView,
  entryView,
  loggedWorkView,
  statementView,
  timeEntryFields,
  workView,
} from './schema.js';

/** What the hour-bank routes need (closing periods is the contracts module's, on its terms). */
export interface HourBankRouteDeps {
  hourBank: HourBankDeps;
  contracts: ContractsDeps;
}

/** The parts of a request on `/api/contracts/:id/…` the helpers below use. */
type ContractRequest = FastifyRequest & { params: { id: string } };

const dateQuery = z.object({
  date: localDateSchema.optional().describe('a local date; today by default'),
});
const reason = z.string().trim().min(3).max(1000);

/** The hour bank of one contract: balance, statement, ledger, work log, approvals and corrections. */
export function hourBankRoutes(deps: HourBankRouteDeps): FastifyPluginAsyncZod {
  const { hourBank } = deps;
  const reading = (request: ContractRequest) => ({
    ...hourBank,
    actor: actorOf(request),
    contractId: recordId(request.params.id, 'contract'),
  });
  const changing = (request: ContractRequest) => ({
    ...reading(request),
    origin: originOf(request),
  });
  const append = async (request: ContractRequest, entry: ManualEntry) =>
    presentEntry(await appendToLedger({ ...changing(request), entry }));

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
      async (request) =>
        presentBalance(await readBalance({ ...reading(request), date: request.query.date })),
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
      async (request) =>
        presentStatement(await readStatement({ ...reading(request), date: request.query.date })),
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
      async (request) =>
        (await readEntries({ ...reading(request), ...request.query })).map(presentEntry),
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
      async (request) =>
        (await readWork({ ...reading(request), ...request.query })).map(presentWork),
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
            outcome: z
              .enum(requestOutcomes)
              .nullable()
              .optional()
              .describe('the ticket’s answer (seed 002’s five), which shapes what it is charged'),
            ...timeEntryFields,
          }),
          response: { 201: loggedWorkView },
        },
      },
      async (request, reply) => {
        const result = await logWork({ ...changing(request), work: request.body });
        return reply.status(201).send(presentLoggedWork(result, viewerLocale(request)));
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
            reason: reason
              .optional()
              .describe('why it is rejected; the agent reads it in the ledger'),
          }),
          response: { 201: entryView },
        },
      },
      async (request, reply) => {
        const entry = { type: 'approval' as const, ...request.body };
        return reply.status(201).send(await append(request, entry));
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
        return reply.status(201).send(await append(request, entry));
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
        return reply.status(201).send(await append(request, entry));
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
        const [result] = await closeDuePeriods({
          ...deps.contracts,
          actor: actorOf(request),
          origin: originOf(request),
          contractIds: [recordId(request.params.id, 'contract')],
        });
        return { closed: result?.periods ?? [] };
      },
    );
  };
}
