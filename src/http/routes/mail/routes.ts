import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  discardQuarantinedMail,
  listOutgoingMail,
  listReceivedMail,
  type MailDeps,
  readMailAttachment,
  readRawMail,
  releaseQuarantinedMail,
} from '../../../app/mail/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { presentFate, presentOutgoing, presentReceived } from './present.js';
import {
  fateView,
  outgoingQuery,
  outgoingView,
  receivedQuery,
  receivedView,
  releaseBody,
} from './schema.js';

/** Types a browser may show inline; anything else (HTML above all) is only ever downloaded. */
const inlineSafe = new Set(['image/png', 'image/jpeg', 'image/gif', 'application/pdf']);

/** Received mail and its quarantine, attachments, and the mail viewer. */
export function mailRoutes(deps: MailDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const mailId = (id: string) => recordId(id, 'message');

    app.get(
      '/api/mail/messages',
      {
        config: { access: 'mail.manage' },
        schema: {
          tags: ['mail'],
          summary: 'Received mail with its fate, newest first',
          querystring: receivedQuery,
          response: { 200: receivedView.array() },
        },
      },
      async (request) => {
        const { fate, reason, limit } = request.query;
        const list = await listReceivedMail({
          ...deps,
          actor: actorOf(request),
          filter: { fate, reason, limit },
        });
        return list.map(presentReceived);
      },
    );

    app.get(
      '/api/mail/messages/:id/raw',
      {
        config: { access: 'mail.manage' },
        schema: {
          tags: ['mail'],
          summary: 'A received message as it arrived (.eml)',
          params: idParams,
        },
      },
      async (request, reply) => {
        const id = mailId(request.params.id);
        const raw = await readRawMail({ ...deps, actor: actorOf(request), mailId: id });
        return reply
          .type('message/rfc822')
          .header('content-disposition', `attachment; filename="${id}.eml"`)
          .send(raw);
      },
    );

    app.post(
      '/api/mail/messages/:id/release',
      {
        config: { access: 'mail.manage' },
        schema: {
          tags: ['mail'],
          summary: 'Release a quarantined message to a new ticket on a contract',
          params: idParams,
          body: releaseBody,
          response: { 200: fateView },
        },
      },
      async (request) => {
        const fate = await releaseQuarantinedMail({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          mailId: mailId(request.params.id),
          contractId: recordId(request.body.contractId, 'contract'),
          requesterId: recordId(request.body.requesterId, 'user'),
        });
        return presentFate(fate);
      },
    );

    app.post(
      '/api/mail/messages/:id/discard',
      {
        config: { access: 'mail.manage' },
        schema: {
          tags: ['mail'],
          summary: 'Discard a quarantined message (it is kept, ignored as discarded)',
          params: idParams,
          response: { 200: fateView },
        },
      },
      async (request) => {
        const fate = await discardQuarantinedMail({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          mailId: mailId(request.params.id),
        });
        return presentFate(fate);
      },
    );

    app.get(
      '/api/mail/attachments/:id',
      {
        config: { access: 'tickets.read' },
        schema: {
          tags: ['mail'],
          summary: 'Download an attachment of a received message',
          params: idParams,
        },
      },
      async (request, reply) => {
        const file = await readMailAttachment({
          ...deps,
          actor: actorOf(request),
          attachmentId: recordId(request.params.id, 'attachment'),
        });
        const inline = inlineSafe.has(file.contentType);
        const name = encodeURIComponent(file.filename);
        return reply
          .type(inline ? file.contentType : 'application/octet-stream')
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header(
            'content-disposition',
            `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`,
          )
          .send(file.content);
      },
    );

    app.get(
      '/api/mail/outgoing',
      {
        config: { access: 'mail.manage' },
        schema: {
          tags: ['mail'],
          summary: 'The mail viewer: mail Pacta sent, is sending or holds',
          querystring: outgoingQuery,
          response: { 200: outgoingView.array() },
        },
      },
      async (request) => {
        const list = await listOutgoingMail({
          ...deps,
          actor: actorOf(request),
          filter: request.query,
        });
        return list.map(presentOutgoing);
      },
    );
  };
}
