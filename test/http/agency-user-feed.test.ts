/**
 * Each user's own iCalendar feed through the public API, parsed with ical.js: the ceremonies the
 * user attends and the sprints and deadlines of every agency contract they can see, each in its
 * contract's zone (Madrid across the change to summer time, Bogotá); re-issuing and revoking.
 */
import { beforeAll, expect, it } from 'vitest';
import { bogotaSpec, madridSpec } from '../factories/agency.js';
import { buildUser } from '../factories/identity.js';
import { callerAs, signAgencyContract, tiendaSolPeople } from '../support/agency.js';
import { buildTestApp, randomIds, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';
import { parseFeed } from '../support/ics.js';

describeEachEngine('each user’s own agency calendar feed (issue 15)', (database) => {
  let test: TestApp;
  let madrid: string;
  let bogota: string;
  let call: ReturnType<typeof callerAs>['call'];
  const feed = (path: string, query = '') =>
    test.app.inject({ method: 'GET', url: `${path}${query}` });

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    call = callerAs(test).call;
    madrid = await signAgencyContract(test, madridSpec);
    bogota = await signAgencyContract(test, bogotaSpec, { clientName: 'Clínica Norte' });
    // The agent is not on Tienda Sol's account: it sees its dates but attends none of it.
    const tiendaSol = (await tiendaSolPeople(test)).filter((person) => person.role !== 'member');
    // Clínica Norte's account: the agency's side and a sponsor of its own.
    const norte = (await test.store.organisations.list()).find(
      (org) => org.name === 'Clínica Norte',
    );
    const sponsor = buildUser({
      id: randomIds.newId(),
      organisationId: norte?.id ?? '',
      email: 'patrocinio@clinicanorte.example',
    });
    await test.store.users.create(sponsor);
    const agencySide = [
      ...tiendaSol.filter((person) => person.side === 'agency'),
      { personId: sponsor.id, side: 'client', role: 'sponsor' },
    ];
    for (const [contractId, start, people] of [
      [madrid, '2026-03-16', tiendaSol],
      [bogota, '2026-04-06', agencySide],
    ] as const) {
      const res = await call(
        'account_manager',
        'PUT',
        `/api/agency/contracts/${contractId}/setup`,
        {
          operationStart: start,
          people,
        },
      );
      expect(res.statusCode, res.payload).toBe(200);
    }
  });

  it('a user feed shows the ceremonies they attend at local wall times across a DST change', async () => {
    const issued = await call('account_manager', 'POST', '/api/agency/me/feed-token');
    expect(issued.statusCode, issued.payload).toBe(201);
    const res = await feed(issued.json().path, '?locale=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const events = parseFeed(res.payload);
    // Madrid: kick-off at 09:00 CET (UTC+1); sprint 1's review at 09:00 CEST (UTC+2).
    expect(events.get(`${madrid}/moment-zero/kickoff@pacta`)).toMatchObject({
      wall: '2026-03-16T09:00',
      tzid: 'Europe/Madrid',
      utc: '2026-03-16T08:00:00.000Z',
      summary: 'Kick-off · Inbound',
    });
    expect(events.get(`${madrid}/sprint-1/review@pacta`)).toMatchObject({
      wall: '2026-04-10T09:00',
      tzid: 'Europe/Madrid',
      utc: '2026-04-10T07:00:00.000Z',
    });
    // Bogotá, in the same feed: its kick-off at 09:00 (the preferred time), UTC−5 all year.
    expect(events.get(`${bogota}/moment-zero/kickoff@pacta`)).toMatchObject({
      wall: '2026-04-06T09:00',
      tzid: 'America/Bogota',
      utc: '2026-04-06T14:00:00.000Z',
    });
    expect(events.get(`${madrid}/sprint-1@pacta`)).toMatchObject({
      allDay: true,
      wall: '2026-03-30',
    });
  });

  it('a user feed holds only the ceremonies the user attends and the contracts they can see', async () => {
    const agent = await call('agent', 'POST', '/api/agency/me/feed-token');
    const agentEvents = parseFeed((await feed(agent.json().path)).payload);
    expect(agentEvents.has(`${madrid}/sprint-1@pacta`)).toBe(true);
    expect(agentEvents.has(`${madrid}/moment-zero/kickoff@pacta`)).toBe(false);
    const client = await call('client_decision_maker', 'POST', '/api/agency/me/feed-token');
    const clientEvents = parseFeed((await feed(client.json().path)).payload);
    // In the user's language (Spanish) when the URL names none.
    expect(clientEvents.get(`${madrid}/sprint-1/review@pacta`)?.summary).toBe(
      'Review del sprint · contrato Inbound',
    );
    expect([...clientEvents.keys()].some((uid) => uid.startsWith(bogota))).toBe(false);
  });

  it('a revoked user feed token answers 404; re-issuing replaces the old URL', async () => {
    const first = await call('client_decision_maker', 'POST', '/api/agency/me/feed-token');
    const second = await call('client_decision_maker', 'POST', '/api/agency/me/feed-token');
    expect((await feed(first.json().path)).statusCode).toBe(404);
    expect((await feed(second.json().path)).statusCode).toBe(200);
    const revoked = await call('client_decision_maker', 'DELETE', '/api/agency/me/feed-token');
    expect(revoked.json()).toEqual({ revoked: 1 });
    expect((await feed(second.json().path)).statusCode).toBe(404);
    expect((await feed('/api/agency/user-feeds/pcu_nothing')).statusCode).toBe(404);
  });
});
