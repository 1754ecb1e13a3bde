import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskOn } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';
import { seed001Terms } from '../support/hour-bank.js';

describeEachEngine('seed presets on a fresh installation', (database) => {
  let test: TestApp;
  let admin: { cookie: string };
  const calendarNames = async () =>
    (await test.app.inject({ url: '/api/calendars', headers: admin }))
      .json()
      .map((c: { name: string }) => c.name)
      .sort();

  beforeAll(async () => {
    // the identity bootstrap only: no calendars, plans or contracts yet
    test = await buildTestApp(database().handle);
    admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
  });

  it('seed presets bring the calendars they need: a plan from any preset times its first ticket', async () => {
    expect(await calendarNames()).toEqual([]);
    const monthly = { ...seed001Terms, billing: { every: 'month', timing: 'in_advance' } };
    const cases = [
      { presetId: 'seed002-infinity-25', params: {}, calendar: 'seed-002-mon-fri-09-18' },
      {
        presetId: 'seed001-enterprise',
        params: seed001Terms,
        calendar: 'seed-001-office-08-18-cet',
      },
      {
        presetId: 'seed004-agency-retainer',
        params: monthly,
        calendar: 'seed-004-mon-fri-08-12-14-18',
        overrides: { maxRequesters: 2 }, // the demo's requester and decision-maker
      },
      { presetId: 'seed002-base', params: {}, calendar: 'seed-002-mon-fri-09-18' },
    ];
    for (const { calendar, ...terms } of cases) {
      const desk = await deskOn(test, { ...terms, presetCalendar: true });
      const plan = await test.app.inject({ url: `/api/plans/${desk.planId}`, headers: admin });
      expect(plan.json().params.calendarId).toBe(calendar);
      const ticket = await desk.open();
      expect(ticket.statusCode, ticket.payload).toBe(201);
      expect(ticket.json().slaDueAt).not.toBeNull();
    }
    // each calendar is defined once, by the first plan that needs it, and audited
    expect(await calendarNames()).toEqual([...new Set(cases.map((c) => c.calendar))].sort());
    const audit = await test.app.inject({
      url: '/api/audit?resourceType=calendars',
      headers: admin,
    });
    const calendarChanges = audit.json();
    expect(calendarChanges).toHaveLength(3);
  });
});
