import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ContactsDeps,
  liftLegalHold,
  listLegalHolds,
  placeLegalHold,
} from '../../../app/contacts/index.js';
import type { LegalHold } from '../../../domain/contacts/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { legalHoldBody, legalHoldView, liftHoldBody, listedLegalHoldView } from './schema.js';

const tags = ['contacts'];

function presentHold(hold: LegalHold): z.infer<typeof legalHoldView> {
  return {
    id: hold.id,
    contactId: 'contactId' in hold.target ? hold.target.contactId : null,
    contractId: 'contractId' in hold.target ? hold.target.contractId : null,
    reason: hold.reason,
    placedBy: hold.placedBy,
    placedAt: new Date(hold.placedAt).toISOString(),
    lifted: hold.lifted && { ...hold.lifted, at: new Date(hold.lifted.at).toISOString() },
  };
}

/** Legal holds (issue 17): placed, listed and lifted by administrators. */
export function legalHoldRoutes(deps: ContactsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/legal-holds',
      {
        config: { access: 'privacy.manage' },
        schema: {
          tags,
          summary: 'Every legal hold, in force first, with the held contact’s name',
          response: { 200: z.array(listedLegalHoldView) },
        },
      },
      async (request) =>
        (await listLegalHolds({ ...deps, actor: actorOf(request) })).map((hold) => ({
          ...presentHold(hold),
          contactName: hold.contactName,
        })),
    );

    app.post(
      '/api/legal-holds',
      {
        config: { access: 'privacy.manage' },
        schema: {
          tags,
          summary: 'Keep a contact, or a contract’s tickets’ requesters, from anonymisation',
          body: legalHoldBody,
          response: { 201: legalHoldView },
        },
      },
      async (request, reply) => {
        const { contactId, contractId, reason } = request.body;
        const hold = await placeLegalHold({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          target: contactId !== undefined ? { contactId } : { contractId: contractId ?? '' },
          reason,
        });
        return reply.status(201).send(presentHold(hold));
      },
    );

    app.post(
      '/api/legal-holds/:id/lift',
      {
        config: { access: 'privacy.manage' },
        schema: {
          tags,
          summary: 'Lift a legal hold, with the reason (the record is kept)',
          params: idParams,
          body: liftHoldBody,
          response: { 200: legalHoldView },
        },
      },
      async (request) =>
        presentHold(
          await liftLegalHold({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            holdId: recordId(request.params.id, 'legal hold'),
            reason: request.body.reason,
          }),
        ),
    );
  };
}
