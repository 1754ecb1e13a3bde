import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { parsePlanParams } from '../../domain/plans/params.js';
import { planFromPreset, presetById } from '../../domain/plans/presets.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { PlansDeps, StoredPlan } from './ports.js';

/**
 * Adds a plan to the catalogue (from a seed preset plus the values the preset leaves open, or
 * from full parameters), or replaces one when `id` is given. Existing contracts keep the
 * parameters they were signed on; they change only through amendments.
 */
export async function savePlan(
  options: PlansDeps & {
    actor: Actor;
    origin: Origin;
    id?: string;
    name: string;
    presetId: string | null;
    params: unknown;
  },
): Promise<StoredPlan> {
  const { id, name, presetId } = options;
  authorise(options.actor, 'plans.manage');
  const values = (options.params ?? {}) as Record<string, unknown>;
  const params = presetId
    ? planFromPreset(presetById(presetId), values)
    : parsePlanParams(options.params, 'params');
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const sameName = await tx.plans.findByName(name);
    if (sameName && sameName.id !== id)
      throw new DomainError('conflict', `a plan named "${name}" already exists`, 'name');
    const saved =
      id === undefined
        ? await tx.plans.create({ id: options.ids.newId(), name, presetId, params, at })
        : await tx.plans.update(id, { name, params, at });
    if (!saved) throw new DomainError('not_found', 'no such plan');
    await recordChange(tx, { ...options, at, resourceType: 'plans', resourceId: saved.id });
    return saved;
  });
}
