import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlanRepository, StoredPlan } from '../../../app/hour-bank/ports.js';
import { savePlan } from '../../../app/hour-bank/save-plan.js';
import type { Clock } from '../../../app/ports.js';
import { DomainError } from '../../../domain/errors.js';
import { planParamsSchema } from '../../../domain/plans/params.js';
import { planPresets } from '../../../domain/plans/presets.js';
import { idParams, recordId } from '../../ids.js';

const planView = z
  .object({
    id: z.string(),
    name: z.string(),
    presetId: z.string().nullable(),
    params: z
      .record(z.string(), z.unknown())
      .describe('plan parameters; money as {amount, currency}'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Plan' });

const presetView = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string().describe('the seed agreement and clause it comes from'),
  params: z.record(z.string(), z.unknown()),
  needs: z
    .array(z.string())
    .describe('parameters the seed leaves open: give them when creating the plan'),
});

const planBody = z.object({
  name: z.string().trim().min(1).max(200),
  presetId: z.string().max(100).nullable().default(null),
  params: z
    .record(z.string(), z.unknown())
    .describe('full parameters, or with a preset the values to add or override'),
});

/** The plan as the API shows it. */
export function presentPlan(plan: StoredPlan): z.infer<typeof planView> {
  return {
    id: plan.id,
    name: plan.name,
    presetId: plan.presetId,
    params: z.encode(planParamsSchema, plan.params) as Record<string, unknown>,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

/** The plan catalogue and the seed presets. */
export function planRoutes(plans: PlanRepository, clock: Clock): FastifyPluginAsyncZod {
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
      async () =>
        planPresets.map((preset) => ({
          ...preset,
          params: { ...preset.params },
          needs: [...preset.needs],
        })),
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
      async () => (await plans.list()).map(presentPlan),
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
        const plan = await savePlan({ plans, clock, ...request.body });
        request.auditResourceId = plan.id;
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
        const plan = await plans.findById(recordId(request.params.id, 'plan'));
        if (!plan) throw new DomainError('not_found', 'no such plan');
        return presentPlan(plan);
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
        const id = recordId(request.params.id, 'plan');
        return presentPlan(await savePlan({ plans, clock, id, ...request.body }));
      },
    );
  };
}
