import { compileCalendar } from '../../domain/calendar/calendar.js';
import { parseCalendarSpec } from '../../domain/calendar/spec.js';
import { DomainError } from '../../domain/errors.js';
import { rebasePath } from '../error-paths.js';
import type { CalendarRepository, Clock, StoredCalendar } from '../ports.js';

/**
 * Creates a named calendar, or replaces one when `id` is given: the spec must validate and
 * compile (errors name the path under `spec.`), and names are unique.
 */
export async function saveCalendar(options: {
  calendars: CalendarRepository;
  clock: Clock;
  id?: string;
  name: string;
  spec: unknown;
}): Promise<StoredCalendar> {
  const { calendars, id, name } = options;
  const spec = rebasePath(() => parseCalendarSpec(options.spec), '', 'spec.');
  rebasePath(() => compileCalendar(spec), '', 'spec.');
  const sameName = await calendars.findByName(name);
  if (sameName && sameName.id !== id) {
    throw new DomainError('conflict', `a calendar named "${name}" already exists`, 'name');
  }
  const at = options.clock.now();
  if (id === undefined) return calendars.create({ name, spec, at });
  const updated = await calendars.update(id, { name, spec, at });
  if (!updated) throw new DomainError('not_found', 'no such calendar');
  return updated;
}
