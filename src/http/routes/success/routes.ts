import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assignContractCsm,
  cancelMeeting,
  meetingInvitees,
  moveMeeting,
  moveRequest,
  raiseRequest,
  readSuccess,
  recordMinutes,
  type SuccessDeps,
  scheduleMeeting,
} from '../../../app/success/index.js';
import type { Access } from '../../access.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { recordId } from '../../ids.js';
import { presentAssignments, presentMeeting, presentRequest, presentSuccess } from './present.js';
import {
  accountRequestView,
  assignmentsView,
  cancelMeetingBody,
  contractParams,
  csmBody,
  inviteesView,
  meetingBody,
  meetingParams,
  meetingView,
  minutesBody,
  moveMeetingBody,
  requestBody,
  requestParams,
  requestStatusBody,
  successView,
} from './schema.js';

const tags = ['success'];

/**
 * A contract's customer success (seeds 001 and 002): its CSM (a direct client's; an indirect
 * client's partner is its first line), meetings on agreed dates with agenda and minutes, and
 * account requests tracked to their outcome.
 */
export function successRoutes(deps: SuccessDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = (access: Access) => ({ config: { access } });
    const base = '/api/success/contracts/:contractId';
    const on = (request: FastifyRequest & { params: { contractId: string } }) => ({
      ...deps,
      actor: actorOf(request),
      origin: originOf(request),
      contractId: recordId(request.params.contractId, 'contract'),
    });

    app.get(
      base,
      {
        ...config('success.read'),
        schema: {
          tags,
          summary: "A contract's CSM or first line, meetings and account requests",
          params: contractParams,
          response: { 200: successView },
        },
      },
      async (request) => presentSuccess(await readSuccess(on(request))),
    );

    app.put(
      `${base}/csm`,
      {
        ...config('success.manage'),
        schema: {
          tags,
          summary: "Assign the client's CSM (direct clients only)",
          params: contractParams,
          body: csmBody,
          response: { 200: assignmentsView },
        },
      },
      async (request) => ({
        items: presentAssignments(
          await assignContractCsm({
            ...on(request),
            csmUserId: request.body.csmUserId,
            from: request.body.from,
          }),
        ),
      }),
    );

    app.post(
      `${base}/meetings`,
      {
        ...config('success.manage'),
        schema: {
          tags,
          summary: 'Schedule a quarterly review or the monthly planning on an agreed date',
          params: contractParams,
          body: meetingBody,
          response: { 201: meetingView },
        },
      },
      async (request, reply) => {
        const { start, ...meeting } = request.body;
        const scheduled = await scheduleMeeting({
          ...on(request),
          meeting: { ...meeting, start: Date.parse(start) },
        });
        return reply.status(201).send(presentMeeting(scheduled));
      },
    );

    const onMeeting = (
      request: FastifyRequest & { params: { contractId: string; meetingId: string } },
    ) => ({ ...on(request), meetingId: recordId(request.params.meetingId, 'meeting') });

    app.get(
      `${base}/invitees`,
      {
        ...config('success.manage'),
        schema: {
          tags,
          summary:
            "Who may be invited to the contract's meetings: client contacts and users, staff",
          params: contractParams,
          response: { 200: inviteesView },
        },
      },
      async (request) => ({ items: await meetingInvitees(on(request)) }),
    );

    app.post(
      `${base}/meetings/:meetingId/move`,
      {
        ...config('success.manage'),
        schema: {
          tags,
          summary:
            'Move a meeting to a new start agreed with the client, saying why if wished (attendees are mailed)',
          params: meetingParams,
          body: moveMeetingBody,
          response: { 200: meetingView },
        },
      },
      async (request) =>
        presentMeeting(
          await moveMeeting({
            ...onMeeting(request),
            start: Date.parse(request.body.start),
            reason: request.body.reason,
          }),
        ),
    );

    app.post(
      `${base}/meetings/:meetingId/cancel`,
      {
        ...config('success.manage'),
        schema: {
          tags,
          summary: 'Cancel a meeting not yet held, saying why (attendees are mailed)',
          params: meetingParams,
          body: cancelMeetingBody,
          response: { 200: meetingView },
        },
      },
      async (request) =>
        presentMeeting(await cancelMeeting({ ...onMeeting(request), ...request.body })),
    );

    app.post(
      `${base}/meetings/:meetingId/minutes`,
      {
        ...config('success.manage'),
        schema: {
          tags,
          summary: "Record a meeting's minutes",
          params: meetingParams,
          body: minutesBody,
          response: { 200: meetingView },
        },
      },
      async (request) =>
        presentMeeting(await recordMinutes({ ...onMeeting(request), ...request.body })),
    );

    app.post(
      `${base}/requests`,
      {
        ...config('success.request'),
        schema: {
          tags,
          summary: 'Ask for a change of the account: parameters, additional services, renewal',
          params: contractParams,
          body: requestBody,
          response: { 201: accountRequestView },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentRequest(await raiseRequest({ ...on(request), ...request.body }))),
    );

    app.post(
      `${base}/requests/:requestId/status`,
      {
        ...config('success.manage'),
        schema: {
          tags,
          summary: 'Accept, decline or complete an account request',
          params: requestParams,
          body: requestStatusBody,
          response: { 200: accountRequestView },
        },
      },
      async (request) =>
        presentRequest(
          await moveRequest({
            ...on(request),
            requestId: recordId(request.params.requestId, 'account request'),
            ...request.body,
          }),
        ),
    );
  };
}
