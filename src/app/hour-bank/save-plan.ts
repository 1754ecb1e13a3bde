import { DomainError } from '../../domain/errors.js';
import { parsePlanParams } from '../../domain/plans/params.js';
import { planFromPreset, presetById } from '../../domain/plans/presets.js';
import type { Clock } from '../ports.js';
import type { PlanRepository, StoredPlan } from './ports.js';

/**
 * Adds a plan to the catalogue (from a seed preset plus the values the preset leaves open, or
 * from full parameters), or replaces one when `id` is given. Existing contracts keep the
 * parameters they were signed on; they change only through amendments.
 */
export async function savePlan(options: {
  plans: PlanRepository;
  clock: Clock;
  id?: string;
  name: string;
  presetId: string | null;
  params: unknown;
}): Promise<StoredPlan> {
  const { plans, id, name, presetId } = options;
  const values = (options.params ?? {}) as Record<string, unknown>;
  const params = presetId
    ? planFromPreset(presetById(presetId), values)
    : parsePlanParams(options.params, 'params');
  const sameName = await plans.findByName(name);
  if (sameName && sameName.id !== id)
    throw new DomainError('conflict', `a plan named "${name}" already exists`, 'name');
  const at = options.clock.now();
  if (id === undefined) return plans.create({ name, presetId, params, at });
  const updated = await plans.update(id, { name, params, at });
  if (!updated) throw new DomainError('not_found', 'no such plan');
  return updated;
}
