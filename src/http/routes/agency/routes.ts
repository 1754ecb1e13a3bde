import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type AgencyDeps,
  answerDelivery,
  channelActivity,
  decideIntake,
  declareImpasse,
  deliverDeliverable,
  markInput,
  planDeliverable,
  readAgencyBoard,
  recordFact,
  setUpAgency,
  startDeliverable,
  suggestActivity,
} from '../../../app/agency/index.js';
import type { Access } from '../../access.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { recordId } from '../../ids.js';
import { agencyCeremonyRoutes } from './ceremonies.js';
import { agencyFeedRoutes } from './feed.js';
import {
  presentAccount,
  presentActivity,
  presentBoard,
  presentDeliverable,
  presentFact,
  presentImpasse,
  presentInput,
} from './present.js';
import {
  accountView,
  activityBody,
  activityParams,
  activityView,
  answerBody,
  boardQuery,
  boardView,
  contractParams,
  decisionBody,
  deliverableBody,
  deliverableParams,
  deliverableView,
  factBody,
  factView,
  impasseBody,
  impasseView,
  inputBody,
  inputParams,
  inputView,
  setUpBody,
} from './schema.js';
import { agencyUserFeedRoutes } from './user-feed.js';

const tags = ['agency'];
const ms = (iso: string) => Date.parse(iso);

/**
 * Seed 004's agency operation per contract: set-up, board, intake, deliverables and the client's
 * answers, required inputs, impasse facts and declarations, ceremonies, and the calendar feed.
 */
export function agencyRoutes(deps: AgencyDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = (access: Access) => ({ config: { access } });
    // What every contract route passes to its use-case: who, through which door, which contract.
    const on = (request: FastifyRequest & { params: { contractId: string } }) => ({
      ...deps,
      actor: actorOf(request),
      origin: originOf(request),
      contractId: recordId(request.params.contractId, 'contract'),
    });

    app.put(
      '/api/agency/contracts/:contractId/setup',
      {
        ...config('agency.manage'),
        schema: {
          tags,
          summary: 'Put a contract on the agile plan (people, sprints, ceremonies, inputs)',
          params: contractParams,
          body: setUpBody,
          response: { 200: accountView },
        },
      },
      async (request) => presentAccount(await setUpAgency({ ...on(request), setUp: request.body })),
    );

    app.get(
      '/api/agency/contracts/:contractId/board',
      {
        ...config('agency.read'),
        schema: {
          tags,
          summary: 'The agency board: sprint, ceremonies, intake, deliverables, inputs, impasses',
          params: contractParams,
          querystring: boardQuery,
          response: { 200: boardView },
        },
      },
      async (request) =>
        presentBoard(await readAgencyBoard({ ...on(request), month: request.query.month })),
    );

    app.post(
      '/api/agency/contracts/:contractId/activities',
      {
        ...config('agency.suggest'),
        schema: {
          tags,
          summary: 'Suggest an activity for the traffic',
          params: contractParams,
          body: activityBody,
          response: { 201: activityView },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentActivity(await suggestActivity({ ...on(request), ...request.body }))),
    );

    app.post(
      '/api/agency/contracts/:contractId/activities/:activityId/channel',
      {
        ...config('agency.answer'),
        schema: {
          tags,
          summary: "Pass on an activity (the client's decision-maker)",
          params: activityParams,
          response: { 200: activityView },
        },
      },
      async (request) =>
        presentActivity(
          await channelActivity({ ...on(request), activityId: request.params.activityId }),
        ),
    );

    app.post(
      '/api/agency/contracts/:contractId/activities/:activityId/decision',
      {
        ...config('agency.work'),
        schema: {
          tags,
          summary: 'Accept an activity into the backlog or a sprint, or decline it with a reason',
          params: activityParams,
          body: decisionBody,
          response: { 200: activityView },
        },
      },
      async (request) =>
        presentActivity(
          await decideIntake({
            ...on(request),
            activityId: request.params.activityId,
            choice: request.body.choice,
          }),
        ),
    );

    app.post(
      '/api/agency/contracts/:contractId/deliverables',
      {
        ...config('agency.work'),
        schema: {
          tags,
          summary: 'Plan a deliverable with its owner, due instant and dependencies',
          params: contractParams,
          body: deliverableBody,
          response: { 201: deliverableView },
        },
      },
      async (request, reply) => {
        const deliverable = await planDeliverable({
          ...on(request),
          deliverable: { ...request.body, due: ms(request.body.due) },
        });
        return reply.status(201).send(presentDeliverable(deliverable));
      },
    );

    for (const [step, useCase, summary] of [
      ['start', startDeliverable, 'Start work (dependencies approved, inputs present)'],
      ['delivery', deliverDeliverable, "Deliver now: the client's 16-business-hour clock starts"],
    ] as const) {
      app.post(
        `/api/agency/contracts/:contractId/deliverables/:deliverableId/${step}`,
        {
          ...config('agency.work'),
          schema: { tags, summary, params: deliverableParams, response: { 200: deliverableView } },
        },
        async (request) =>
          presentDeliverable(
            await useCase({ ...on(request), deliverableId: request.params.deliverableId }),
          ),
      );
    }

    app.post(
      '/api/agency/contracts/:contractId/deliverables/:deliverableId/answer',
      {
        ...config('agency.answer'),
        schema: {
          tags,
          summary: 'Approve a delivery or ask for a round of changes (the decision-maker)',
          params: deliverableParams,
          body: answerBody,
          response: { 200: deliverableView },
        },
      },
      async (request) => {
        const body = request.body;
        const answer =
          body.kind === 'approved'
            ? body
            : {
                ...body,
                agreement: body.agreement && {
                  ...body.agreement,
                  agreedAt: ms(body.agreement.agreedAt),
                },
                correctionDue:
                  body.correctionDue === undefined ? undefined : ms(body.correctionDue),
              };
        return presentDeliverable(
          await answerDelivery({
            ...on(request),
            deliverableId: request.params.deliverableId,
            channel: 'portal',
            answer,
          }),
        );
      },
    );

    app.put(
      '/api/agency/contracts/:contractId/inputs/:key',
      {
        ...config('agency.work'),
        schema: {
          tags,
          summary: 'Mark a required input of the client missing (suspends work) or provided',
          params: inputParams,
          body: inputBody,
          response: { 200: z.array(inputView) },
        },
      },
      async (request) =>
        (
          await markInput({
            ...on(request),
            key: request.params.key,
            missing: request.body.missing,
          })
        ).map(presentInput),
    );

    app.post(
      '/api/agency/contracts/:contractId/facts',
      {
        // The role gate is the fact's: the agency calls attention, the client complains.
        ...config('agency.read'),
        schema: {
          tags,
          summary:
            "Record a call of attention from the agency (with its cause) or a client's complaint",
          params: contractParams,
          body: factBody,
          response: { 201: factView },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentFact(await recordFact({ ...on(request), fact: request.body }))),
    );

    app.post(
      '/api/agency/contracts/:contractId/impasses',
      {
        ...config('agency.agree'),
        schema: {
          tags,
          summary: "Declare an impasse on the month's grounds, with its commitments record",
          params: contractParams,
          body: impasseBody,
          response: { 201: impasseView },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentImpasse(await declareImpasse({ ...on(request), declaration: request.body })),
          ),
    );

    await app.register(agencyCeremonyRoutes(deps));
    await app.register(agencyFeedRoutes(deps));
    await app.register(agencyUserFeedRoutes(deps));
  };
}
