import { describe, expect, it } from 'vitest';
import { buildCalendarSpec } from '../../../test/factories/calendar.js';
import { seededApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { santiagoCalendar } from '../../../test/fakes/seed.js';
import { testOrigin } from '../../../test/support/origin.js';
import { saveCalendar } from './save-calendar.js';

describe('saveCalendar', () => {
  it('stores a valid calendar under a unique name, and replaces it by id, each audited', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const save = (name: string, id?: string) =>
      saveCalendar({
        ...modules.calendars,
        actor: seeded.actors.provider_admin,
        origin: testOrigin,
        name,
        spec: buildCalendarSpec(),
        ...(id ? { id } : {}),
      });
    const made = await save('Madrid');
    expect(made).toMatchObject({ id: fixedId(1), name: 'Madrid', createdAt: clock.now() });
    clock.advance(1000);
    expect((await save('Madrid office', made.id)).updatedAt).toEqual(clock.now());
    await expect(save(santiagoCalendar.name)).rejects.toMatchObject({
      code: 'conflict',
      path: 'name',
    });
    await expect(save('Ghost', fixedId(777))).rejects.toMatchObject({ code: 'not_found' });
    expect(store.tables.audit.map((e) => e.resourceId)).toEqual([made.id, made.id]);
  });

  it('an invalid spec fails with its path under spec., a non-admin is refused', async () => {
    const { modules, seeded } = await seededApp();
    const deps = { ...modules.calendars, origin: testOrigin, name: 'Bad' };
    const spec = buildCalendarSpec({ week: { mon: [['25:00', '26:00']] } });
    await expect(
      saveCalendar({ ...deps, actor: seeded.actors.provider_admin, spec }),
    ).rejects.toMatchObject({
      code: 'invalid_calendar',
      path: 'spec.week.mon[0][0]',
    });
    await expect(
      saveCalendar({ ...deps, actor: seeded.actors.agent, spec: buildCalendarSpec() }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
