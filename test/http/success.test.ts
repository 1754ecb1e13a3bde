/**
 * Customer success over the API (seeds 001 and 002) on a Madrid agency contract: the CSM shown
 * to the client, a planning meeting on an agreed date in the contract's feed at its wall time
 * (after the change to summer time) and in the attendee's 360° view, and an account request
 * asked in the portal and decided by staff.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { madridSpec } from '../factories/agency.js';
import { buildPerson } from '../factories/contacts.js';
import { callerAs, demoUserId, signAgencyContract, tiendaSolPeople } from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';
import { parseFeed } from '../support/ics.js';

describeEachEngine('customer success over HTTP', (database) => {
  let test: TestApp;
  let contractId: string;
  let base: string;
  let call: ReturnType<typeof callerAs>['call'];

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    call = callerAs(test).call;
    contractId = await signAgencyContract(test, madridSpec);
    base = `/api/success/contracts/${contractId}`;
    const setup = await call(
      'account_manager',
      'PUT',
      `/api/agency/contracts/${contractId}/setup`,
      {
        operationStart: '2026-03-16',
        people: await tiendaSolPeople(test),
      },
    );
    expect(setup.statusCode, setup.payload).toBe(200);
  });

  it("a meeting appears in the contract's feed at its local time, and in its attendee's 360° view", async () => {
    const manager = await demoUserId(test, 'account_manager');
    const assigned = await call('account_manager', 'PUT', `${base}/csm`, { csmUserId: manager });
    expect(assigned.statusCode, assigned.payload).toBe(200);
    const seen = (await call('client_decision_maker', 'GET', base)).json();
    expect(seen).toMatchObject({ firstLine: 'csm', csm: { userId: manager } });

    const record = await test.store.contracts.find(contractId);
    const ana = buildPerson({
      id: randomUUID(),
      organisationId: record?.contract.clientId ?? '',
      companyId: null,
    });
    await test.store.contacts.save(ana);
    const schedule = (start: string, minutes: number) =>
      call('account_manager', 'POST', `${base}/meetings`, {
        kind: 'monthly_planning',
        start,
        minutes,
        contactIds: [ana.id],
      });
    // Tuesday 14 April 2026, 10:00 in Madrid (CEST, UTC+2).
    const long = await schedule('2026-04-14T10:00:00+02:00', 150);
    expect(long.json().error.fields[0].path).toBe('body.minutes.monthly_planning');
    const lunch = await schedule('2026-04-14T13:00:00+02:00', 120);
    expect([lunch.statusCode, lunch.json().error.fields[0].path]).toEqual([422, 'body.start']);
    const scheduled = await schedule('2026-04-14T10:00:00+02:00', 120);
    expect(scheduled.statusCode, scheduled.payload).toBe(201);
    const meeting = scheduled.json();
    expect(meeting).toMatchObject({ end: '2026-04-14T10:00:00.000Z', timeZone: 'Europe/Madrid' });

    const issued = await call(
      'client_decision_maker',
      'POST',
      `/api/agency/contracts/${contractId}/feed-tokens`,
    );
    const events = parseFeed(
      (await test.app.inject({ url: `${issued.json().path}?locale=en` })).payload,
    );
    expect(events.get(`${ana.organisationId}/meeting-${meeting.id}@pacta`)).toMatchObject({
      wall: '2026-04-14T10:00',
      tzid: 'Europe/Madrid',
      utc: '2026-04-14T08:00:00.000Z',
      summary: 'Monthly service planning',
    });

    const view = (await call('agent', 'GET', `/api/contacts/${ana.id}`)).json();
    expect(view.meetings).toEqual([
      {
        meetingId: meeting.id,
        contractId,
        kind: 'monthly_planning',
        start: '2026-04-14T08:00:00.000Z',
        status: 'scheduled',
      },
    ]);
  });

  it('the client asks for a change in the portal; staff decline it saying why', async () => {
    const asked = await call('client_decision_maker', 'POST', `${base}/requests`, {
      kind: 'additional_services',
      description: 'Conector con el ERP',
    });
    expect(asked.statusCode, asked.payload).toBe(201);
    const status = `${base}/requests/${asked.json().id}/status`;
    const silent = await call('account_manager', 'POST', status, { status: 'declined' });
    expect([silent.statusCode, silent.json().error.fields[0].path]).toEqual([400, 'body.note']);
    const declined = await call('account_manager', 'POST', status, {
      status: 'declined',
      note: 'Lo cubre un Solution Partner',
    });
    expect(declined.json()).toMatchObject({
      status: 'declined',
      steps: [{ status: 'declined', by: await demoUserId(test, 'account_manager') }],
    });
    const listed = (await call('client_decision_maker', 'GET', base)).json();
    expect(listed.requests.map((r: { status: string }) => r.status)).toEqual(['declined']);
  });
});
