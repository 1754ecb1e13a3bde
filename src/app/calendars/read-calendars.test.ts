import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { santiagoCalendar } from '../../../test/fakes/seed.js';
import { listCalendars, readCalendar, readOpenIntervals } from './read-calendars.js';

describe('reading calendars', () => {
  it('staff and partners read calendars and their open stretches; clients may not', async () => {
    const { modules, seeded } = await seededApp();
    const deps = { ...modules.calendars, calendarId: santiagoCalendar.id };
    expect(await listCalendars({ ...deps, actor: seeded.actors.partner_agent })).toHaveLength(1);
    expect((await readCalendar({ ...deps, actor: seeded.actors.agent })).name).toBe(
      santiagoCalendar.name,
    );
    const monday = Date.parse('2026-03-02T00:00:00Z');
    const open = await readOpenIntervals({
      ...deps,
      actor: seeded.actors.agent,
      from: monday,
      to: monday + 24 * 3600_000,
    });
    // 09:00–18:00 in Santiago (UTC−3 in March)
    expect(open).toEqual([
      { start: Date.parse('2026-03-02T12:00:00Z'), end: Date.parse('2026-03-02T21:00:00Z') },
    ]);
    await expect(
      listCalendars({ ...deps, actor: seeded.actors.client_requester }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      readCalendar({ ...deps, actor: seeded.actors.agent, calendarId: 'missing' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
