import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { type PlanPreset, planPresets } from '../../domain/plans/presets.js';
import { authorise } from '../shared/index.js';
import type { PlansDeps, StoredPlan } from './ports.js';

/** The plan presets of the seed agreements (provider staff). */
export async function listPresets(options: { actor: Actor }): Promise<readonly PlanPreset[]> {
  authorise(options.actor, 'plans.read');
  return planPresets;
}

/** The plan catalogue (provider staff). */
export async function listPlans(
  options: Pick<PlansDeps, 'plans'> & { actor: Actor },
): Promise<StoredPlan[]> {
  authorise(options.actor, 'plans.read');
  return options.plans.list();
}

/** One plan of the catalogue. */
export async function readPlan(
  options: Pick<PlansDeps, 'plans'> & { actor: Actor; planId: string },
): Promise<StoredPlan> {
  authorise(options.actor, 'plans.read');
  const plan = await options.plans.findById(options.planId);
  if (!plan) throw new DomainError('not_found', 'no such plan');
  return plan;
}
