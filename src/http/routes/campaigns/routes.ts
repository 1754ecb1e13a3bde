import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CampaignInput,
  type CampaignsDeps,
  campaignsReceived,
  cancelCampaign,
  followClick,
  listCampaigns,
  previewCampaign,
  readCampaign,
  recordOpen,
  saveCampaign,
  scheduleCampaign,
} from '../../../app/campaigns/index.js';
import { parseSegmentRule } from '../../../domain/communications/index.js';
import { DomainError } from '../../../domain/errors.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { presentCampaign, presentFigures } from './present.js';
import {
  campaignBody,
  campaignDashboardView,
  campaignView,
  clickParams,
  openParams,
  previewBody,
  previewView,
  receivedCampaignView,
  scheduleBody,
} from './schema.js';
import { suppressionRoutes } from './suppressions.js';

const tags = ['campaigns'];
/** A transparent 1×1 GIF. */
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function inputOf(body: z.infer<typeof campaignBody>): CampaignInput {
  return {
    ...body,
    segments: body.segments.map((segment, index) => ({
      ...segment,
      rule: parseSegmentRule(segment.rule, `segments[${index}].rule`),
    })),
  };
}

/** Campaigns: drafts, preview, schedule, cancel, dashboard, suppressions, and the public tracking routes. */
export function campaignRoutes(deps: CampaignsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const campaignId = (id: string) => recordId(id, 'campaign');
    suppressionRoutes(app, deps);

    app.get(
      '/api/campaigns',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary: 'Every campaign, newest first',
          response: { 200: z.array(campaignView) },
        },
      },
      async (request) =>
        (await listCampaigns({ ...deps, actor: actorOf(request) })).map(presentCampaign),
    );

    app.post(
      '/api/campaigns',
      {
        config: { access: 'contacts.manage' },
        schema: {
          tags,
          summary: 'Create a draft campaign',
          body: campaignBody,
          response: { 201: campaignView },
        },
      },
      async (request, reply) => {
        const saved = await saveCampaign({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          input: inputOf(request.body),
        });
        return reply.status(201).send(presentCampaign(saved));
      },
    );

    app.get(
      '/api/campaigns/:id',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary:
            'A campaign with its figures (sent, delivered, bounced, opened, clicked, unsubscribed)',
          params: idParams,
          response: { 200: campaignDashboardView },
        },
      },
      async (request) => {
        const read = await readCampaign({
          ...deps,
          actor: actorOf(request),
          campaignId: campaignId(request.params.id),
        });
        return { campaign: presentCampaign(read.campaign), figures: presentFigures(read.figures) };
      },
    );

    app.put(
      '/api/campaigns/:id',
      {
        config: { access: 'contacts.manage' },
        schema: {
          tags,
          summary: 'Replace a draft campaign’s content',
          params: idParams,
          body: campaignBody,
          response: { 200: campaignView },
        },
      },
      async (request) =>
        presentCampaign(
          await saveCampaign({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            campaignId: campaignId(request.params.id),
            input: inputOf(request.body),
          }),
        ),
    );

    app.post(
      '/api/campaigns/:id/preview',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary: 'The message a member of the audience would get, personalised',
          params: idParams,
          body: previewBody,
          response: { 200: previewView },
        },
      },
      async (request) => {
        const message = await previewCampaign({
          ...deps,
          actor: actorOf(request),
          campaignId: campaignId(request.params.id),
          versionKey: request.body.versionKey,
          contactId: request.body.contactId,
        });
        return { ...message, to: message.to };
      },
    );

    app.post(
      '/api/campaigns/:id/schedule',
      {
        config: { access: 'contacts.manage' },
        schema: {
          tags,
          summary: 'Schedule a draft: from an instant, at most so many messages a minute',
          params: idParams,
          body: scheduleBody,
          response: { 200: campaignView },
        },
      },
      async (request) =>
        presentCampaign(
          await scheduleCampaign({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            campaignId: campaignId(request.params.id),
            startAt: new Date(request.body.startAt),
            perMinute: request.body.perMinute,
          }),
        ),
    );

    app.post(
      '/api/campaigns/:id/cancel',
      {
        config: { access: 'contacts.manage' },
        schema: {
          tags,
          summary: 'Cancel a campaign not yet sent',
          params: idParams,
          response: { 200: campaignView },
        },
      },
      async (request) =>
        presentCampaign(
          await cancelCampaign({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            campaignId: campaignId(request.params.id),
          }),
        ),
    );

    app.get(
      '/api/contacts/:id/campaigns',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary: 'The campaigns a contact was sent (its 360° view)',
          params: idParams,
          response: { 200: z.array(receivedCampaignView) },
        },
      },
      async (request) =>
        (
          await campaignsReceived({
            ...deps,
            actor: actorOf(request),
            contactId: recordId(request.params.id, 'contact'),
          })
        ).map((c) => ({ ...c, queuedAt: c.queuedAt.toISOString() })),
    );

    app.get(
      '/api/track/open/:token',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Tracking pixel of a campaign message (records an open)',
          params: openParams,
        },
      },
      async (request, reply) => {
        try {
          await recordOpen({ ...deps, token: request.params.token });
        } catch (error) {
          // a forged or stale pixel still gets its image: mail clients show no broken picture
          if (!(error instanceof DomainError && error.code === 'not_found')) throw error;
        }
        return reply.type('image/gif').header('cache-control', 'no-store').send(pixel);
      },
    );

    app.get(
      '/api/track/click/:token/:link',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Tracked link of a campaign message: records the click, redirects to the campaign’s URL',
          params: clickParams,
        },
      },
      async (request, reply) => {
        const url = await followClick({
          ...deps,
          token: request.params.token,
          link: request.params.link,
        });
        return reply.header('cache-control', 'no-store').redirect(url, 302);
      },
    );
  };
}
