import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

const madridOffice = {
  timeZone: 'Europe/Madrid',
  week: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [
      day,
      [
        ['08:00', '12:00'],
        ['14:00', '18:00'],
      ],
    ]),
  ),
  holidays: ['2026-03-19'],
};

describeEachEngine('calendars over HTTP', (database) => {
  let test: TestApp;
  let admin: { cookie: string };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
  });

  it('evaluates a batch of cases, each answered on its own, in order', async () => {
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/calendars/evaluate',
      headers: admin,
      payload: [
        {
          id: 'a',
          calendar: madridOffice,
          op: 'add',
          at: '2026-03-02T17:00:00+01:00',
          seconds: 8 * 3600,
        },
        {
          id: 'b',
          calendar: madridOffice,
          op: 'between',
          from: '2026-03-18T00:00:00Z',
          to: '2026-03-20T00:00:00Z',
        },
        {
          id: 'c',
          calendar: { ...madridOffice, timeZone: 'Mars/Olympus' },
          op: 'isOpen',
          at: '2026-03-02T10:00:00Z',
        },
        { id: 'd', calendar: madridOffice, op: 'nextOpen', at: '2026-03-07T10:00:00Z' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const [a, b, c, d] = res.json();
    // Mon 17:00 CET + 8 business hours: 1 h Monday, then Tuesday 08–12 and 14–17
    expect(a).toEqual({ id: 'a', at: '2026-03-03T16:00:00Z' });
    // Wednesday 18 March is a full day (8 h); Thursday 19 is a holiday
    expect(b).toEqual({ id: 'b', seconds: 8 * 3600 });
    expect(c.error).toMatchObject({ code: 'invalid_calendar', path: 'calendar.timeZone' });
    expect(d).toEqual({ id: 'd', at: '2026-03-09T07:00:00Z' });
  });

  it('stores a named calendar and previews its open hours', async () => {
    const made = await test.app.inject({
      method: 'POST',
      url: '/api/calendars',
      headers: admin,
      payload: { name: 'Madrid office', spec: madridOffice },
    });
    expect(made.statusCode).toBe(201);
    const { id } = made.json();
    const preview = await test.app.inject({
      url: `/api/calendars/${id}/open-intervals?from=2026-03-19T00:00:00Z&to=2026-03-21T00:00:00Z`,
      headers: admin,
    });
    expect(preview.json()).toEqual([
      { start: '2026-03-20T07:00:00Z', end: '2026-03-20T11:00:00Z' },
      { start: '2026-03-20T13:00:00Z', end: '2026-03-20T17:00:00Z' },
    ]);
  });

  it('an invalid spec is refused with the path of the fault and nothing is stored', async () => {
    const before = (await test.app.inject({ url: '/api/calendars', headers: admin })).json().length;
    const bad = {
      ...madridOffice,
      week: {
        mon: [
          ['08:00', '12:00'],
          ['25:00', '26:00'],
        ],
      },
    };
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/calendars',
      headers: admin,
      payload: { name: 'Broken', spec: bad },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_calendar');
    expect(res.json().error.fields[0].path).toBe('body.spec.week.mon[1][0]');
    expect((await test.app.inject({ url: '/api/calendars', headers: admin })).json()).toHaveLength(
      before,
    );
  });

  it('a second calendar with the same name is a conflict on the name', async () => {
    const payload = { name: 'Twice', spec: madridOffice };
    await test.app.inject({ method: 'POST', url: '/api/calendars', headers: admin, payload });
    const again = await test.app.inject({
      method: 'POST',
      url: '/api/calendars',
      headers: admin,
      payload,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0].path).toBe('body.name');
  });
});
