import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  listPlans,
  listPresets,
  type PlansDeps,
  readPlan,
  savePlan,
} from '../../../app/plans/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { presentPlan, presentPreset } from './present.js';
import { planBody, planView, presetView } from './schema.js';

/** The plan catalogue and the seed presets. */
export function planRoutes(deps: PlansDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans/presets',
      {
        config: { access: 'plans.read' },
        schema: {
          tags: ['plans'],
          summary: 'Plan presets from the seed agreements',
          response: { 200: z.array(presetView) },
        },
      },
      async (request) => (await listPresets({ actor: actorOf(request) })).map(presentPreset),
    );

    app.get(
      '/api/plans',
      {
        config: { access: 'plans.read' },
        schema: {
          tags: ['plans'],
          summary: 'The plan catalogue',
          response: { 200: z.array(planView) },
        },
      },
      async (request) => (await listPlans({ ...deps, actor: actorOf(request) })).map(presentPlan),
    );

    app.post(
      '/api/plans',
      {
        config: { access: 'plans.manage' },
        schema: {
          tags: ['plans'],
          summary: 'Add a plan (from a preset or full parameters)',
          body: planBody,
          response: { 201: planView },
        },
      },
      async (request, reply) => {
        const plan = await savePlan({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          ...request.body,
        });
        return reply.status(201).send(presentPlan(plan));
      },
    );

    app.get(
      '/api/plans/:id',
      {
        config: { access: 'plans.read' },
        schema: {
          tags: ['plans'],
          summary: 'One plan',
          params: idParams,
          response: { 200: planView },
        },
      },
      async (request) => {
        const planId = recordId(request.params.id, 'plan');
        return presentPlan(await readPlan({ ...deps, actor: actorOf(request), planId }));
      },
    );

    app.put(
      '/api/plans/:id',
      {
        config: { access: 'plans.manage' },
        schema: {
          tags: ['plans'],
          summary: 'Replace a plan (contracts already signed keep their parameters)',
          params: idParams,
          body: planBody,
          response: { 200: planView },
        },
      },
      async (request) => {
        const plan = await savePlan({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          id: recordId(request.params.id, 'plan'),
          ...request.body,
        });
        return presentPlan(plan);
      },
    );
  };
}
