/** Serialises plans and presets for the API. */
import { z } from 'zod';
import type { StoredPlan } from '../../../app/plans/index.js';
import { planParamsSchema } from '../../../domain/plans/params.js';
import type { PlanPreset } from '../../../domain/plans/presets.js';
import type { planView, presetView } from './schema.js';

/** The plan as the API shows it (parameters in their JSON form). */
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

/** A seed preset as the API shows it. */
export function presentPreset(preset: PlanPreset): z.infer<typeof presetView> {
  return { ...preset, params: { ...preset.params }, needs: [...preset.needs] };
}
