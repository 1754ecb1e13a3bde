/**
 * Customer success's meetings in the calendar feeds over HTTP (issue 17), on a Madrid contract
 * without an agency set-up: its contract feed lists its quarterly review; each user's own feed
 * lists only the meetings they take part in; moving a meeting shows it at the new wall time with
 * a higher SEQUENCE, and cancelling it takes it out of the feeds.
 */
import { beforeAll, expect, it } from 'vitest';
import { madridSpec } from '../factories/agency.js';
import { callerAs, demoUserId, signAgencyContract } from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';
import { parseFeed } from '../support/ics.js';

describeEachEngine('success meetings in the calendar feeds (issue 17)', (database) => {
  let test: TestApp;
  let contractId: string;
  let base: string;
  let call: ReturnType<typeof callerAs>['call'];
  let contractFeed: string;
  const events = async (path: string) =>
    parseFeed((await test.app.inject({ url: `${path}?locale=en` })).payload);
  const userFeed = async (role: 'agent' | 'client_requester' | 'account_manager') => {
    const issued = await call(role, 'POST', '/api/agency/me/feed-token');
    expect(issued.statusCode, issued.payload).toBe(201);
    return events(issued.json().path);
  };
  const schedule = async (start: string, userIds: string[]) => {
    const res = await call('account_manager', 'POST', `${base}/meetings`, {
      kind: 'quarterly_review',
      start,
      minutes: 60,
      userIds,
    });
    expect(res.statusCode, res.payload).toBe(201);
    return res.json() as { id: string };
  };
  const uid = async (meetingId: string) => {
    const record = await test.store.contracts.find(contractId);
    return `${record?.contract.clientId}/meeting-${meetingId}@pacta`;
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    call = callerAs(test).call;
    // Signed, with no agency set-up.
    contractId = await signAgencyContract(test, madridSpec);
    base = `/api/success/contracts/${contractId}`;
    const issued = await call(
      'client_decision_maker',
      'POST',
      `/api/agency/contracts/${contractId}/feed-tokens`,
    );
    expect(issued.statusCode, issued.payload).toBe(201);
    contractFeed = issued.json().path;
  });

  it('a contract without an agency set-up has a feed with its quarterly review', async () => {
    // Tuesday 14 April 2026, 10:00 in Madrid (CEST, UTC+2).
    const meeting = await schedule('2026-04-14T10:00:00+02:00', []);
    const feed = await events(contractFeed);
    expect([...feed.keys()]).toEqual([await uid(meeting.id)]);
    expect(feed.get(await uid(meeting.id))).toMatchObject({
      wall: '2026-04-14T10:00',
      tzid: 'Europe/Madrid',
      utc: '2026-04-14T08:00:00.000Z',
      summary: 'Quarterly review',
      sequence: 0,
    });
  });

  it("a user's feed never lists a meeting they do not attend", async () => {
    const agent = await demoUserId(test, 'agent');
    const invited = await schedule('2026-04-15T10:00:00+02:00', [agent]);
    const others = await call('account_manager', 'GET', base);
    const all = others.json().meetings.map((m: { id: string }) => m.id) as string[];
    const agentFeed = await userFeed('agent');
    const agentMeetings = [...agentFeed.keys()].filter((key) => key.includes('/meeting-'));
    expect(agentMeetings).toEqual([await uid(invited.id)]);
    expect(agentFeed.get(await uid(invited.id))?.summary).toMatch(/^Quarterly review/);
    const requesterFeed = await userFeed('client_requester');
    expect([...requesterFeed.keys()].filter((key) => key.includes('/meeting-'))).toEqual([]);
    // The organiser takes part in every meeting they scheduled.
    const organiser = [...(await userFeed('account_manager')).keys()];
    for (const id of all) expect(organiser).toContain(await uid(id));
  });

  it('a moved meeting reaches the feed at its new wall time with SEQUENCE+1; a cancelled one leaves it', async () => {
    const meeting = await schedule('2026-04-16T10:00:00+02:00', []);
    const path = `${base}/meetings/${meeting.id}`;
    const noZone = await call('account_manager', 'POST', `${path}/move`, {
      start: '2026-04-16T12:00:00',
    });
    expect([noZone.statusCode, noZone.json().error.fields[0].path]).toEqual([400, 'body.start']);
    const moved = await call('account_manager', 'POST', `${path}/move`, {
      start: '2026-04-16T12:00:00+02:00',
    });
    expect(moved.statusCode, moved.payload).toBe(200);
    expect(moved.json()).toMatchObject({ start: '2026-04-16T10:00:00.000Z', sequence: 1 });
    expect((await events(contractFeed)).get(await uid(meeting.id))).toMatchObject({
      wall: '2026-04-16T12:00',
      sequence: 1,
    });
    const silent = await call('account_manager', 'POST', `${path}/cancel`, {});
    expect([silent.statusCode, silent.json().error.fields[0].path]).toEqual([400, 'body.reason']);
    const cancelled = await call('account_manager', 'POST', `${path}/cancel`, {
      reason: 'Cierre del ejercicio',
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      sequence: 2,
      cancellationReason: 'Cierre del ejercicio',
    });
    expect((await events(contractFeed)).has(await uid(meeting.id))).toBe(false);
    const again = await call('account_manager', 'POST', `${path}/move`, {
      start: '2026-04-16T12:00:00+02:00',
    });
    expect(again.statusCode).toBe(422);
  });

  it('a moved meeting shows who moved it and why', async () => {
    const meeting = await schedule('2026-04-17T10:00:00+02:00', []);
    const path = `${base}/meetings/${meeting.id}`;
    const long = await call('account_manager', 'POST', `${path}/move`, {
      start: '2026-04-17T12:00:00+02:00',
      reason: 'x'.repeat(1001),
    });
    expect([long.statusCode, long.json().error.fields[0].path]).toEqual([400, 'body.reason']);
    await call('account_manager', 'POST', `${path}/move`, { start: '2026-04-17T11:00:00+02:00' });
    const moved = await call('account_manager', 'POST', `${path}/move`, {
      start: '2026-04-17T12:00:00+02:00',
      reason: ' El cliente tiene auditoría ',
    });
    expect(moved.statusCode, moved.payload).toBe(200);
    const manager = await demoUserId(test, 'account_manager');
    const shown = (await call('account_manager', 'GET', base))
      .json()
      .meetings.find((m: { id: string }) => m.id === meeting.id);
    expect(shown.moves).toEqual([
      {
        by: manager,
        byName: expect.any(String),
        at: expect.any(String),
        reason: null,
        previousStart: '2026-04-17T08:00:00.000Z',
        previousEnd: '2026-04-17T09:00:00.000Z',
      },
      {
        by: manager,
        byName: expect.any(String),
        at: expect.any(String),
        reason: 'El cliente tiene auditoría',
        previousStart: '2026-04-17T09:00:00.000Z',
        previousEnd: '2026-04-17T10:00:00.000Z',
      },
    ]);
    expect(shown.moves[0].byName).not.toBe(manager);
    expect(moved.json().moves).toEqual(shown.moves);
  });

  it('the picker offers contacts, users and staff; an uninvitable user is refused naming the field', async () => {
    const picked = await call('account_manager', 'GET', `${base}/invitees`);
    expect(picked.statusCode, picked.payload).toBe(200);
    const sides = new Set(picked.json().items.map((i: { side: string }) => i.side));
    expect(sides).toEqual(new Set(['client', 'staff']));
    const partner = await demoUserId(test, 'partner_agent');
    const res = await call('account_manager', 'POST', `${base}/meetings`, {
      kind: 'quarterly_review',
      start: '2026-04-17T10:00:00+02:00',
      minutes: 60,
      userIds: [partner],
    });
    expect([res.statusCode, res.json().error.fields[0].path]).toEqual([404, 'body.userIds.0']);
  });
});
