import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { santiagoCalendar } from '../../../test/fakes/seed.js';
import { findCalendarByRef } from './find-calendar.js';

describe('findCalendarByRef', () => {
  it('a plan names its calendar by id or by name (the seed presets use names)', async () => {
    const { modules } = await seededApp();
    const { calendars } = modules.calendars;
    expect((await findCalendarByRef(calendars, santiagoCalendar.id))?.name).toBe(
      santiagoCalendar.name,
    );
    expect((await findCalendarByRef(calendars, santiagoCalendar.name))?.id).toBe(
      santiagoCalendar.id,
    );
    expect(await findCalendarByRef(calendars, 'nowhere')).toBeUndefined();
  });
});
