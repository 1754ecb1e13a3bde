import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createQuote,
  decideQuote,
  editQuote,
  listQuotes,
  type QuotesDeps,
  readQuote,
  readTicketQuoteStatus,
  reviseQuote,
  sendQuote,
  withdrawQuote,
} from '../../../app/quotes/index.js';
import type { Access } from '../../access.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { recordId } from '../../ids.js';
import { presentChanged, presentQuote } from './present.js';
import {
  contentOnlyBody,
  contractParams,
  createBody,
  decisionBody,
  decisionView,
  quoteListView,
  quoteParams,
  quoteView,
  ticketParams,
  ticketStatusView,
  withdrawBody,
} from './schema.js';

const tags = ['quotes'];

/**
 * Quotes under a contract (seeds 002 and 004): drafted by the provider from a ticket, an intake
 * item or alone, revised in versions, sent, and decided by the client's decision-maker; a
 * ticket's "quote required" mark.
 */
export function quoteRoutes(deps: QuotesDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = (access: Access) => ({ config: { access } });
    const base = '/api/quotes/contracts/:contractId';
    const on = (request: FastifyRequest & { params: { contractId: string } }) => ({
      ...deps,
      actor: actorOf(request),
      origin: originOf(request),
      contractId: recordId(request.params.contractId, 'contract'),
    });
    const onQuote = (
      request: FastifyRequest & { params: { contractId: string; quoteId: string } },
    ) => ({ ...on(request), quoteId: recordId(request.params.quoteId, 'quote') });

    app.get(
      `${base}/quotes`,
      {
        ...config('quotes.read'),
        schema: {
          tags,
          summary: "A contract's quotes, oldest first",
          params: contractParams,
          response: { 200: quoteListView },
        },
      },
      async (request) => ({ items: (await listQuotes(on(request))).map(presentQuote) }),
    );

    app.post(
      `${base}/quotes`,
      {
        ...config('quotes.manage'),
        schema: {
          tags,
          summary: 'Draft a quote from a ticket, an intake item or alone',
          params: contractParams,
          body: createBody,
          response: { 201: quoteView },
        },
      },
      async (request, reply) => {
        const quote = await createQuote({
          ...on(request),
          quoteOrigin: request.body.origin,
          content: request.body.content,
        });
        return reply.status(201).send(presentChanged(quote));
      },
    );

    app.get(
      `${base}/quotes/:quoteId`,
      {
        ...config('quotes.read'),
        schema: {
          tags,
          summary: 'One quote, its versions and history',
          params: quoteParams,
          response: { 200: quoteView },
        },
      },
      async (request) => presentQuote(await readQuote(onQuote(request))),
    );

    app.put(
      `${base}/quotes/:quoteId/draft`,
      {
        ...config('quotes.manage'),
        schema: {
          tags,
          summary: "Replace a draft's content",
          params: quoteParams,
          body: contentOnlyBody,
          response: { 200: quoteView },
        },
      },
      async (request) =>
        presentChanged(await editQuote({ ...onQuote(request), content: request.body.content })),
    );

    app.post(
      `${base}/quotes/:quoteId/revisions`,
      {
        ...config('quotes.manage'),
        schema: {
          tags,
          summary: 'Revise a sent, rejected or expired quote (a new draft version)',
          params: quoteParams,
          body: contentOnlyBody,
          response: { 200: quoteView },
        },
      },
      async (request) =>
        presentChanged(await reviseQuote({ ...onQuote(request), content: request.body.content })),
    );

    app.post(
      `${base}/quotes/:quoteId/send`,
      {
        ...config('quotes.manage'),
        schema: {
          tags,
          summary: "Send the draft to the client's decision-maker",
          params: quoteParams,
          response: { 200: quoteView },
        },
      },
      async (request) => presentChanged(await sendQuote(onQuote(request))),
    );

    app.post(
      `${base}/quotes/:quoteId/withdraw`,
      {
        ...config('quotes.manage'),
        schema: {
          tags,
          summary: 'Withdraw a draft or sent quote, with a reason',
          params: quoteParams,
          body: withdrawBody,
          response: { 200: quoteView },
        },
      },
      async (request) =>
        presentChanged(await withdrawQuote({ ...onQuote(request), reason: request.body.reason })),
    );

    app.post(
      `${base}/quotes/:quoteId/decision`,
      {
        ...config('quotes.decide'),
        schema: {
          tags,
          summary: "The client's decision-maker approves or rejects the version they were sent",
          params: quoteParams,
          body: decisionBody,
          response: { 200: decisionView },
        },
      },
      async (request) => {
        const decided = await decideQuote({ ...onQuote(request), answer: request.body });
        return { quote: presentChanged(decided.quote), projectId: decided.projectId };
      },
    );

    app.get(
      `${base}/tickets/:ticketId`,
      {
        ...config('quotes.read'),
        schema: {
          tags,
          summary: 'A ticket\'s quote mark: "quote required" until a quote made from it is decided',
          params: ticketParams,
          response: { 200: ticketStatusView },
        },
      },
      async (request) =>
        readTicketQuoteStatus({
          ...on(request),
          ticketId: recordId(request.params.ticketId, 'ticket'),
        }),
    );
  };
}
