/**
 * Each user's own calendar feed: issuing (re-issuing) and revoking its secret URL from the web
 * app, and the iCalendar text — the ceremonies the user attends and the sprints and deadlines of
 * every agency contract they can see, each contract's events in its own zone.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type AgencyDeps,
  issueUserFeedToken,
  readUserFeed,
  revokeUserFeedTokens,
  type UserCalendarFeed,
} from '../../../app/agency/index.js';
import { renderIcs } from '../../../domain/meetings/index.js';
import { type Locale, translate } from '../../../i18n/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { feedEvents } from './feed.js';
import { feedParams, feedQuery, feedTokenView } from './schema.js';

const tags = ['agency'];

/** The user's feed as ICS text; each event names its contract. */
export function userFeedIcs(feed: UserCalendarFeed, locale: Locale, stamp: number): string {
  return renderIcs({
    name: translate(locale, 'agency.feed.userName', { name: feed.userName }),
    product: { company: 'pacta', product: 'agency' },
    method: 'publish',
    events: feed.feeds.flatMap((one) =>
      feedEvents(one, locale, stamp).map((event) => ({
        ...event,
        summary: translate(locale, 'agency.feed.ofContract', {
          summary: event.summary,
          contract: one.contractName,
        }),
      })),
    ),
  });
}

/** The user feed routes: the signed-in user's own URL, and the public feed. */
export function agencyUserFeedRoutes(deps: AgencyDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const own = (request: FastifyRequest) => ({
      ...deps,
      actor: actorOf(request),
      origin: originOf(request),
    });
    app.post(
      '/api/agency/me/feed-token',
      {
        config: { access: 'agency.read' },
        schema: {
          tags,
          summary: 'Issue my calendar-feed URL (shown once); an earlier one stops working',
          response: { 201: feedTokenView },
        },
      },
      async (request, reply) => {
        const issued = await issueUserFeedToken(own(request));
        return reply
          .status(201)
          .send({ ...issued, path: `/api/agency/user-feeds/${issued.token}` });
      },
    );

    app.delete(
      '/api/agency/me/feed-token',
      {
        config: { access: 'agency.read' },
        schema: {
          tags,
          summary: 'Revoke my calendar-feed URL',
          response: { 200: z.object({ revoked: z.number().int() }) },
        },
      },
      async (request) => ({ revoked: await revokeUserFeedTokens(own(request)) }),
    );

    app.get(
      '/api/agency/user-feeds/:token',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A user’s own agency calendar (iCalendar), opened by its secret token',
          params: feedParams,
          querystring: feedQuery,
          response: { 200: z.string() },
        },
      },
      async (request, reply) => {
        const feed = await readUserFeed({ ...deps, token: request.params.token });
        const locale = request.query.locale ?? feed.locale;
        const ics = userFeedIcs(feed, locale, deps.clock.now().getTime());
        return reply.type('text/calendar; charset=utf-8').send(ics);
      },
    );
  };
}
