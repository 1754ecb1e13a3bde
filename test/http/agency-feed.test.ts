/**
 * A contract's iCalendar feed through the public API, parsed with ical.js (resolving zones only
 * through the feed's own VTIMEZONE blocks), on a Madrid calendar whose ceremonies straddle the
 * change to summer time on 29 March 2026; and who may issue, revoke and open it.
 */
import { beforeAll, expect, it } from 'vitest';
import { madridSpec } from '../factories/agency.js';
import { callerAs, moveClockTo, signAgencyContract, tiendaSolPeople } from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';
import { parseFeed } from '../support/ics.js';

describeEachEngine('agency calendar feed over HTTP (seed 004)', (database) => {
  let test: TestApp;
  let contractId: string;
  let base: string;
  let call: ReturnType<typeof callerAs>['call'];
  const feed = (path: string, locale = 'es') =>
    test.app.inject({ method: 'GET', url: `${path}?locale=${locale}` });

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    call = callerAs(test).call;
    contractId = await signAgencyContract(test, madridSpec);
    base = `/api/agency/contracts/${contractId}`;
    const res = await call('account_manager', 'PUT', `${base}/setup`, {
      operationStart: '2026-03-16',
      people: await tiendaSolPeople(test),
    });
    expect(res.statusCode, res.payload).toBe(200);
  });

  it('the feed shows ceremonies at their local wall times across a DST change, with VTIMEZONE data', async () => {
    const issued = await call('client_decision_maker', 'POST', `${base}/feed-tokens`);
    expect(issued.statusCode).toBe(201);
    const res = await feed(issued.json().path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.payload).toContain('BEGIN:VTIMEZONE');
    const events = parseFeed(res.payload);
    // Kick-off on Monday 16 March, 09:00 CET (UTC+1).
    expect(events.get(`${contractId}/moment-zero/kickoff@pacta`)).toMatchObject({
      wall: '2026-03-16T09:00',
      tzid: 'Europe/Madrid',
      utc: '2026-03-16T08:00:00.000Z',
      summary: 'Kickoff',
    });
    // Sprint 1 runs 30 March – 12 April; its review on Friday 10 April, 09:00 CEST (UTC+2).
    expect(events.get(`${contractId}/sprint-1/review@pacta`)).toMatchObject({
      wall: '2026-04-10T09:00',
      tzid: 'Europe/Madrid',
      utc: '2026-04-10T07:00:00.000Z',
      summary: 'Review del sprint',
    });
    expect(events.get(`${contractId}/sprint-1@pacta`)).toMatchObject({
      allDay: true,
      wall: '2026-03-30',
    });
    const english = parseFeed((await feed(issued.json().path, 'en')).payload);
    expect(english.get(`${contractId}/sprint-1/review@pacta`)?.summary).toBe('Sprint review');
  });

  it('a moved ceremony reaches the feed with a higher sequence; a deliverable deadline is on its due date', async () => {
    moveClockTo(test, '2026-03-20T10:00:00+01:00');
    call = callerAs(test).call;
    const moved = await call('account_manager', 'POST', `${base}/ceremonies/move`, {
      key: 'sprint-1/review',
      start: '2026-04-09T16:00:00+02:00',
      reason: 'Festivo local del cliente',
    });
    expect(moved.statusCode, moved.payload).toBe(200);
    const owner = (await tiendaSolPeople(test))[0]?.personId;
    const planned = await call('agent', 'POST', `${base}/deliverables`, {
      title: 'Landing',
      sprintNumber: 1,
      ownerId: owner,
      due: '2026-04-08T17:00:00+02:00',
    });
    expect(planned.statusCode, planned.payload).toBe(201);
    const issued = await call('account_manager', 'POST', `${base}/feed-tokens`);
    const events = parseFeed((await feed(issued.json().path)).payload);
    expect(events.get(`${contractId}/sprint-1/review@pacta`)).toMatchObject({
      wall: '2026-04-09T16:00',
      utc: '2026-04-09T14:00:00.000Z',
      sequence: 1,
    });
    expect(events.get(`${contractId}/deliverable-${planned.json().id}@pacta`)).toMatchObject({
      allDay: true,
      wall: '2026-04-08',
      summary: 'Entrega: Landing',
    });
  });

  it('revoking closes every feed URL of the contract; unknown tokens read as not found', async () => {
    const issued = await call('account_manager', 'POST', `${base}/feed-tokens`);
    expect((await feed(issued.json().path)).statusCode).toBe(200);
    const revoked = await call('client_decision_maker', 'DELETE', `${base}/feed-tokens`);
    expect(revoked.json().revoked).toBeGreaterThanOrEqual(1);
    expect((await feed(issued.json().path)).statusCode).toBe(404);
    expect((await feed('/api/agency/feeds/pcf_nothing')).statusCode).toBe(404);
    const again = await call('account_manager', 'POST', `${base}/feed-tokens`);
    expect((await feed(again.json().path)).statusCode).toBe(200);
  });

  it('rotating issues a new feed URL and revokes every earlier one at once', async () => {
    const first = await call('account_manager', 'POST', `${base}/feed-tokens`);
    const second = await call('client_decision_maker', 'POST', `${base}/feed-tokens`);
    const rotated = await call('account_manager', 'POST', `${base}/feed-tokens?replace=true`);
    expect(rotated.statusCode).toBe(201);
    expect((await feed(first.json().path)).statusCode).toBe(404);
    expect((await feed(second.json().path)).statusCode).toBe(404);
    const live = await feed(rotated.json().path);
    expect([live.statusCode, live.headers['content-type']]).toEqual([
      200,
      'text/calendar; charset=utf-8',
    ]);
    const bad = await call('account_manager', 'POST', `${base}/feed-tokens?replace=yes`);
    expect([bad.statusCode, bad.json().error.fields?.[0]?.path ?? bad.payload]).toEqual([
      400,
      'querystring.replace',
    ]);
  });

  it.each([
    ['client_requester', 'POST', 'feed-tokens', 403],
    ['partner_agent', 'GET', 'board', 404],
    ['partner_agent', 'POST', 'feed-tokens', 403],
    ['agent', 'POST', 'activities', 403],
    ['client_requester', 'PUT', 'setup', 403],

    ['client_requester', 'GET', 'board', 200],
    ['agent', 'GET', 'board', 200],
  ] as const)('%s: %s %s answers %i', async (role, method, path, status) => {
    const body = method === 'GET' ? undefined : {};
    const res = await call(role, method, `${base}/${path}`, body);
    if (status === 200) expect(res.statusCode).toBe(200);
    // A role gate refuses before the body is read; an out-of-reach contract reads as absent.
    else
      expect([res.statusCode, res.json().error.code]).toEqual([
        status,
        status === 403 ? 'forbidden' : 'not_found',
      ]);
  });

  it("another client's people cannot reach the contract at all", async () => {
    const other = await signAgencyContract(test, madridSpec, { clientName: 'Clínica Norte' });
    for (const role of ['client_requester', 'client_decision_maker', 'partner_agent'] as const) {
      const res = await call(role, 'GET', `/api/agency/contracts/${other}/board`);
      expect([role, res.statusCode]).toEqual([role, 404]);
    }
  });
});
