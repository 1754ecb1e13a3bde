import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CalendarsDeps,
  listCalendars,
  readCalendar,
  readOpenIntervals,
  type StoredCalendar,
  saveCalendar,
} from '../../../app/calendars/index.js';
import { createCalendarCache, evaluateCase } from '../../../domain/calendar/evaluate.js';
import { formatInstant } from '../../../domain/calendar/instant.js';
import { invalidInput } from '../../../domain/errors.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { checkEvaluateBounds, maxEvaluateCases } from './bounds.js';
import {
  calendarBody,
  calendarView,
  evaluateCase as caseSchema,
  evaluateResult,
  openIntervalsQuery,
  openIntervalView,
} from './schema.js';

const maxPreviewMs = 62 * 24 * 60 * 60 * 1000;

/** How long evaluation runs before it lets other requests have the event loop. */
const evaluateSliceMs = 10;

/** Evaluates the cases in slices of about {@link evaluateSliceMs}, yielding between them, so other requests keep their latency. */
async function evaluateTakingTurns(cases: readonly unknown[]) {
  const cache = createCalendarCache();
  const results = [];
  let sliceStarted = performance.now();
  for (const item of cases) {
    results.push(evaluateCase(item, cache));
    if (performance.now() - sliceStarted < evaluateSliceMs) continue;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStarted = performance.now();
  }
  return results;
}

function present(calendar: StoredCalendar): z.infer<typeof calendarView> {
  return {
    ...calendar,
    spec: calendar.spec as Record<string, unknown>,
    createdAt: calendar.createdAt.toISOString(),
    updatedAt: calendar.updatedAt.toISOString(),
  };
}

/** Business calendars: batch evaluation, and named calendars stored for contracts. */
export function calendarRoutes(deps: CalendarsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/calendars/evaluate',
      {
        config: { access: 'calendars.evaluate' },
        schema: {
          tags: ['calendars'],
          summary: 'Evaluate add / between / isOpen / nextOpen cases, each answered on its own',
          description:
            'At most 1000 cases, 10 distinct calendars, 5 holiday regions, instants within 5 years and adds of at most a year per request (400 naming the case and field past a bound).',
          body: z.array(caseSchema).max(maxEvaluateCases),
          response: { 200: z.array(evaluateResult) },
        },
      },
      async (request) => {
        checkEvaluateBounds(request.body);
        return evaluateTakingTurns(request.body);
      },
    );

    app.get(
      '/api/calendars',
      {
        config: { access: 'calendars.read' },
        schema: {
          tags: ['calendars'],
          summary: 'Named calendars',
          response: { 200: z.array(calendarView) },
        },
      },
      async (request) => (await listCalendars({ ...deps, actor: actorOf(request) })).map(present),
    );

    app.post(
      '/api/calendars',
      {
        config: { access: 'calendars.manage' },
        schema: {
          tags: ['calendars'],
          summary: 'Add a named calendar',
          body: calendarBody,
          response: { 201: calendarView },
        },
      },
      async (request, reply) => {
        const calendar = await saveCalendar({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          ...request.body,
        });
        return reply.status(201).send(present(calendar));
      },
    );

    app.get(
      '/api/calendars/:id',
      {
        config: { access: 'calendars.read' },
        schema: {
          tags: ['calendars'],
          summary: 'One calendar',
          params: idParams,
          response: { 200: calendarView },
        },
      },
      async (request) => {
        const calendarId = recordId(request.params.id, 'calendar');
        return present(await readCalendar({ ...deps, actor: actorOf(request), calendarId }));
      },
    );

    app.put(
      '/api/calendars/:id',
      {
        config: { access: 'calendars.manage' },
        schema: {
          tags: ['calendars'],
          summary: 'Replace a calendar’s name and spec',
          params: idParams,
          body: calendarBody,
          response: { 200: calendarView },
        },
      },
      async (request) => {
        const id = recordId(request.params.id, 'calendar');
        const calendar = await saveCalendar({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          id,
          ...request.body,
        });
        return present(calendar);
      },
    );

    app.get(
      '/api/calendars/:id/open-intervals',
      {
        config: { access: 'calendars.read' },
        schema: {
          tags: ['calendars'],
          summary: 'The open stretches between two instants (at most 62 days), for previews',
          params: idParams,
          querystring: openIntervalsQuery,
          response: { 200: z.array(openIntervalView) },
        },
      },
      async (request) => {
        const from = Date.parse(request.query.from);
        const to = Date.parse(request.query.to);
        if (to <= from || to - from > maxPreviewMs) {
          throw invalidInput('querystring.to', 'must be after from, by at most 62 days');
        }
        const intervals = await readOpenIntervals({
          ...deps,
          actor: actorOf(request),
          calendarId: recordId(request.params.id, 'calendar'),
          from,
          to,
        });
        return intervals.map((interval) => ({
          start: formatInstant(interval.start),
          end: formatInstant(interval.end),
        }));
      },
    );
  };
}
