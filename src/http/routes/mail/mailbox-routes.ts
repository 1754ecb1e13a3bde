import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createMailbox,
  listMailboxes,
  type MailboxRecord,
  type MailDeps,
  probeMailbox,
  removeMailbox,
  updateMailbox,
} from '../../../app/mail/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { mailboxCreateBody, mailboxProbeView, mailboxUpdateBody, mailboxView } from './schema.js';

/** Serialises a mailbox without its password. */
function presentMailbox(box: MailboxRecord): z.infer<typeof mailboxView> {
  return {
    id: box.id,
    name: box.name,
    host: box.host,
    port: box.port,
    secure: box.secure,
    username: box.username,
    folder: box.folder,
    afterAccept: box.afterAccept,
    active: box.active,
    createdAt: box.createdAt.toISOString(),
    updatedAt: box.updatedAt.toISOString(),
    lastPolledAt: box.lastPolledAt?.toISOString() ?? null,
    lastAccepted: box.lastAccepted,
    lastError: box.lastError,
  };
}

/** The desk's IMAP mailboxes: list, add, change, remove, and test a connection (administrators). */
export function mailboxRoutes(deps: MailDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const boxId = (id: string) => recordId(id, 'mailbox');
    const access = { access: 'mail.manage' } as const;

    app.get(
      '/api/mail/mailboxes',
      {
        config: access,
        schema: {
          tags: ['mail'],
          summary: 'The IMAP mailboxes Pacta polls for mail',
          response: { 200: mailboxView.array() },
        },
      },
      async (request) =>
        (await listMailboxes({ ...deps, actor: actorOf(request) })).map(presentMailbox),
    );

    app.post(
      '/api/mail/mailboxes',
      {
        config: access,
        schema: {
          tags: ['mail'],
          summary: 'Add an IMAP mailbox (its password is stored encrypted)',
          body: mailboxCreateBody,
          response: { 201: mailboxView },
        },
      },
      async (request, reply) => {
        const box = await createMailbox({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          input: request.body,
        });
        return reply.status(201).send(presentMailbox(box));
      },
    );

    app.put(
      '/api/mail/mailboxes/:id',
      {
        config: access,
        schema: {
          tags: ['mail'],
          summary: "Change a mailbox's settings (without a password, the stored one is kept)",
          params: idParams,
          body: mailboxUpdateBody,
          response: { 200: mailboxView },
        },
      },
      async (request) =>
        presentMailbox(
          await updateMailbox({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            mailboxId: boxId(request.params.id),
            input: request.body,
          }),
        ),
    );

    app.delete(
      '/api/mail/mailboxes/:id',
      {
        config: access,
        schema: {
          tags: ['mail'],
          summary: 'Remove a mailbox (the mail it brought is kept)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await removeMailbox({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          mailboxId: boxId(request.params.id),
        });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/mail/mailboxes/:id/test',
      {
        config: access,
        schema: {
          tags: ['mail'],
          summary: 'Sign in to a mailbox and open its folder, saying what failed if it did',
          params: idParams,
          response: { 200: mailboxProbeView },
        },
      },
      async (request) =>
        probeMailbox({ ...deps, actor: actorOf(request), mailboxId: boxId(request.params.id) }),
    );
  };
}
