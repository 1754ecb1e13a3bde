import { compileCalendar } from '../../domain/calendar/calendar.js';
import { parseCalendarSpec } from '../../domain/calendar/spec.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, rebasePath, recordChange } from '../shared/index.js';
import type { CalendarsDeps, StoredCalendar } from './ports.js';

/**
 * Creates a named calendar, or replaces one when `id` is given: the spec must validate and
 * compile (errors name the path under `spec.`), and names are unique.
 */
export async function saveCalendar(
  options: CalendarsDeps & {
    actor: Actor;
    origin: Origin;
    id?: string;
    name: string;
    spec: unknown;
  },
): Promise<StoredCalendar> {
  const { id, name } = options;
  authorise(options.actor, 'calendars.manage');
  const spec = rebasePath(() => parseCalendarSpec(options.spec), '', 'spec.');
  rebasePath(() => compileCalendar(spec), '', 'spec.');
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const sameName = await tx.calendars.findByName(name);
    if (sameName && sameName.id !== id) {
      throw new DomainError('conflict', `a calendar named "${name}" already exists`, 'name');
    }
    const saved =
      id === undefined
        ? await tx.calendars.create({ id: options.ids.newId(), name, spec, at })
        : await tx.calendars.update(id, { name, spec, at });
    if (!saved) throw new DomainError('not_found', 'no such calendar');
    await recordChange(tx, { ...options, at, resourceType: 'calendars', resourceId: saved.id });
    return saved;
  });
}
