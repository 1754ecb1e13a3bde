import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { type PlanParams, parsePlanParams } from '../../domain/plans/params.js';
import { presetCalendar } from '../../domain/plans/preset-calendars.js';
import { planFromPreset, presetById } from '../../domain/plans/presets.js';
import { undefinedCalendar, undefinedCalendarRefs } from '../calendars/index.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { PlansDeps, PlansTx, StoredPlan } from './ports.js';

/**
 * Adds a plan to the catalogue (from a seed preset plus the values the preset leaves open, or
 * from full parameters), or replaces one when `id` is given. Existing contracts keep the
 * parameters they were signed on; they change only through amendments. The calendars the plan
 * names must exist: a seed preset's calendar is defined with the plan on a fresh installation,
 * any other unknown one is refused, so no plan's first ticket fails for want of a calendar.
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
    await definePresetCalendars(tx, { ...options, at }, params);
    const saved =
      id === undefined
        ? await tx.plans.create({ id: options.ids.newId(), name, presetId, params, at })
        : await tx.plans.update(id, { name, params, at });
    if (!saved) throw new DomainError('not_found', 'no such plan');
    await recordChange(tx, { ...options, at, resourceType: 'plans', resourceId: saved.id });
    return saved;
  });
}

/** Defines the seed calendars a plan names and the installation lacks; refuses any other unknown one. */
async function definePresetCalendars(
  tx: PlansTx,
  options: Pick<PlansDeps, 'ids'> & { actor: Actor; origin: Origin; at: Date },
  params: PlanParams,
): Promise<void> {
  for (const missing of await undefinedCalendarRefs(tx.calendars, params, 'params')) {
    const preset = presetCalendar(missing.ref);
    if (!preset) throw undefinedCalendar(missing);
    const { at } = options;
    const calendar = { id: options.ids.newId(), name: preset.name, spec: preset.spec, at };
    const created = await tx.calendars.create(calendar);
    await recordChange(tx, { ...options, resourceType: 'calendars', resourceId: created.id });
  }
}
