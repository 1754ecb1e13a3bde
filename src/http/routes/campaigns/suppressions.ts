/** A contact's suppressed addresses: read in its 360° view, lifted by an administrator. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CampaignsDeps,
  liftSuppression,
  type SuppressionRecord,
  suppressionsOf,
} from '../../../app/campaigns/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { liftSuppressionBody, suppressionView } from './schema.js';

const tags = ['campaigns'];

function present(list: readonly SuppressionRecord[]): z.infer<typeof suppressionView>[] {
  return list.map((s) => ({
    address: s.address,
    reason: s.reason,
    status: s.status,
    campaignId: s.campaignId,
    suppressedAt: s.suppressedAt.toISOString(),
    liftedAt: s.liftedAt?.toISOString() ?? null,
    liftedBy: s.liftedBy,
  }));
}

/** GET and lift a contact's suppressions (`/api/contacts/:id/suppressions`). */
export function suppressionRoutes(app: FastifyInstance, deps: CampaignsDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const contactId = (id: string) => recordId(id, 'contact');
  typed.get(
    '/api/contacts/:id/suppressions',
    {
      config: { access: 'contacts.read' },
      schema: {
        tags,
        summary: "A contact's addresses suppressed after a hard bounce (lifted ones too)",
        params: idParams,
        response: { 200: z.array(suppressionView) },
      },
    },
    async (request) =>
      present(
        await suppressionsOf({
          ...deps,
          actor: actorOf(request),
          contactId: contactId(request.params.id),
        }),
      ),
  );
  typed.post(
    '/api/contacts/:id/suppressions/lift',
    {
      config: { access: 'privacy.manage' },
      schema: {
        tags,
        summary: 'Lift the suppression of a contact’s address: campaigns may mail it again',
        params: idParams,
        body: liftSuppressionBody,
        response: { 200: z.array(suppressionView) },
      },
    },
    async (request) =>
      present(
        await liftSuppression({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          contactId: contactId(request.params.id),
          address: request.body.address,
        }),
      ),
  );
}
