/**
 * The contract's calendar feed: issuing and revoking its secret URLs, and the iCalendar text
 * itself — ceremonies at their wall times in the contract's zone (with its VTIMEZONE), sprints
 * as all-day spans, deadlines on their due dates — in the subscriber's language.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type AgencyDeps,
  type CalendarFeed,
  issueFeedToken,
  readCalendarFeed,
  revokeFeedTokens,
} from '../../../app/agency/index.js';
import { type CalendarEvent, renderIcs } from '../../../domain/meetings/index.js';
import { localDateIn } from '../../../domain/time/index.js';
import { type Locale, translate } from '../../../i18n/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { recordId } from '../../ids.js';
import { meetingFeedEvents } from '../success/feed-events.js';
import { contractParams, feedIssueQuery, feedParams, feedQuery, feedTokenView } from './schema.js';

const tags = ['agency'];

/** The feed's events in `locale`; `stamp` is the DTSTAMP of every event (epoch ms). */
export function feedEvents(feed: CalendarFeed, locale: Locale, stamp: number): CalendarEvent[] {
  const uid = (what: string) => `${feed.contractId}/${what}@pacta`;
  const common = { status: 'confirmed', stamp } as const;
  return [
    ...feed.ceremonies.map((ceremony) => ({
      ...common,
      uid: uid(ceremony.key),
      when: { ...ceremony.slot, timeZone: feed.timeZone },
      summary: translate(locale, `agency.ceremony.${ceremony.kind}`),
      sequence: ceremony.sequence,
    })),
    ...feed.sprints.map((sprint) => ({
      ...common,
      uid: uid(`sprint-${sprint.number}`),
      when: { firstDate: sprint.startDate, lastDate: sprint.endDate },
      summary: translate(locale, 'agency.feed.sprint', { number: sprint.number }),
      sequence: 0,
    })),
    ...feed.deliverables.map((deliverable) => {
      const date = localDateIn(feed.timeZone, deliverable.due);
      return {
        ...common,
        uid: uid(`deliverable-${deliverable.id}`),
        when: { firstDate: date, lastDate: date },
        summary: translate(locale, 'agency.feed.due', { title: deliverable.title }),
        sequence: deliverable.shifts.length,
      };
    }),
    ...meetingFeedEvents(feed.meetings, locale, stamp),
  ];
}

/** The feed as ICS text; `stamp` is the DTSTAMP of every event (epoch ms). */
export function feedIcs(feed: CalendarFeed, locale: Locale, stamp: number): string {
  return renderIcs({
    name: translate(locale, 'agency.feed.name', { contract: feed.contractName }),
    product: { company: 'pacta', product: 'agency' },
    method: 'publish',
    events: feedEvents(feed, locale, stamp),
  });
}

/** The feed routes: tokens (provider staff or the client's decision-maker) and the public feed. */
export function agencyFeedRoutes(deps: AgencyDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/agency/contracts/:contractId/feed-tokens',
      {
        config: { access: 'agency.agree' },
        schema: {
          tags,
          summary: 'Issue a secret URL for the contract’s calendar feed (shown once)',
          params: contractParams,
          querystring: feedIssueQuery,
          response: { 201: feedTokenView },
        },
      },
      async (request, reply) => {
        const issued = await issueFeedToken({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          contractId: recordId(request.params.contractId, 'contract'),
          replace: request.query.replace === 'true',
        });
        return reply.status(201).send({ ...issued, path: `/api/agency/feeds/${issued.token}` });
      },
    );

    app.delete(
      '/api/agency/contracts/:contractId/feed-tokens',
      {
        config: { access: 'agency.agree' },
        schema: {
          tags,
          summary: 'Revoke every calendar-feed URL of the contract',
          params: contractParams,
          response: { 200: z.object({ revoked: z.number().int() }) },
        },
      },
      async (request) => ({
        revoked: await revokeFeedTokens({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          contractId: recordId(request.params.contractId, 'contract'),
        }),
      }),
    );

    app.get(
      '/api/agency/feeds/:token',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A contract’s calendar feed (iCalendar), opened by its secret token',
          params: feedParams,
          querystring: feedQuery,
          response: { 200: z.string() },
        },
      },
      async (request, reply) => {
        const feed = await readCalendarFeed({ ...deps, token: request.params.token });
        const ics = feedIcs(feed, request.query.locale ?? 'es', deps.clock.now().getTime());
        return reply.type('text/calendar; charset=utf-8').send(ics);
      },
    );
  };
}
