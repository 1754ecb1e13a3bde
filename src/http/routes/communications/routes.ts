import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CommunicationsDeps,
  countSegmentMembers,
  readUpdateSubscription,
  recordConsent,
  setUpdateSubscription,
  unsubscribeByLink,
} from '../../../app/communications/index.js';
import { findContact } from '../../../app/contacts/index.js';
import { type ConsentEvent, parseSegmentRule } from '../../../domain/communications/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import {
  consentBody,
  consentView,
  segmentCountBody,
  segmentCountView,
  unsubscribeBody,
  unsubscribedView,
  updateSubscriptionBody,
  updateSubscriptionView,
} from './schema.js';

const tags = ['communications'];

function presentConsent({ contactId: _contactId, at, ...event }: ConsentEvent) {
  return { ...event, at: new Date(at).toISOString() };
}

/**
 * Consents, unsubscribe links and live segment counts (seed 003's marketing automation), and the
 * signed-in person's own subscription to the updates section (seed 001).
 */
export function communicationRoutes(deps: CommunicationsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/contacts/:id/consents',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary: 'A contact’s consent history, oldest first',
          params: idParams,
          response: { 200: z.array(consentView) },
        },
      },
      async (request) => {
        const contact = await findContact(deps.contacts, recordId(request.params.id, 'contact'));
        return (await deps.consents.history(contact.id)).map(presentConsent);
      },
    );

    app.post(
      '/api/contacts/:id/consents',
      {
        config: { access: 'contacts.manage' },
        schema: {
          tags,
          summary: 'Record a consent or withdrawal with its source and evidence',
          params: idParams,
          body: consentBody,
          response: { 200: z.array(consentView) },
        },
      },
      async (request) =>
        (
          await recordConsent({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            contactId: recordId(request.params.id, 'contact'),
            consent: request.body,
          })
        ).map(presentConsent),
    );

    app.post(
      '/api/segments/count',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary: 'Live count of a segment rule (contacts without consent never count)',
          body: segmentCountBody,
          response: { 200: segmentCountView },
        },
      },
      async (request) =>
        countSegmentMembers({
          ...deps,
          actor: actorOf(request),
          rule: parseSegmentRule(request.body.rule),
          channel: request.body.channel,
          purpose: request.body.purpose,
        }),
    );

    app.post(
      '/api/unsubscribe',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Unsubscribe through a mailed link’s token, without signing in',
          body: unsubscribeBody,
          response: { 200: unsubscribedView },
        },
      },
      async (request) => {
        const claim = await unsubscribeByLink({
          ...deps,
          origin: originOf(request),
          token: request.body.token,
        });
        return { channel: claim.channel, purpose: claim.purpose };
      },
    );

    app.get(
      '/api/updates/subscription',
      {
        config: { access: 'updates.subscribe' },
        schema: {
          tags,
          summary: 'Whether I receive the platform updates by mail',
          response: { 200: updateSubscriptionView },
        },
      },
      async (request) => readUpdateSubscription({ ...deps, actor: actorOf(request) }),
    );

    app.put(
      '/api/updates/subscription',
      {
        config: { access: 'updates.subscribe' },
        schema: {
          tags,
          summary: 'Subscribe to the platform updates by mail, or unsubscribe',
          body: updateSubscriptionBody,
          response: { 200: updateSubscriptionView },
        },
      },
      async (request) =>
        setUpdateSubscription({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          subscribed: request.body.subscribed,
        }),
    );
  };
}
