import { expect, it } from 'vitest';
import { watchSla } from '../../src/app/desk/index.js';
import { buildTestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('SLA compliance report', (database) => {
  it('SLA compliance is met at 90 % and only judged with at least 10 tickets (seed 002)', async () => {
    const test = await buildTestApp(database().handle);
    const desk = await deskWithContract(test);
    const open = async (criticality: string) =>
      (await desk.open({ criticality })).json().id as string;
    const answer = (id: string) =>
      test.app.inject({
        method: 'POST',
        url: `/api/tickets/${id}/replies`,
        headers: desk.agent,
        payload: { body: 'Revisado.' },
      });
    const report = async () =>
      (
        await test.app.inject({
          url: `/api/contracts/${desk.contractId}/compliance?date=2026-03-02`,
          headers: desk.agent,
        })
      ).json();

    const high = await Promise.all(Array.from({ length: 10 }, () => open('high')));
    for (const id of high.slice(0, 9)) await answer(id);
    await open('medium');
    test.clock.advance(5 * 3600_000); // 14:00 UTC: the unanswered high ticket breached at 13:00
    await watchSla(test.modules.desk);

    let rows = (await report()).rows;
    expect(rows.find((r: { criticality: string }) => r.criticality === 'high')).toMatchObject({
      met: 9,
      total: 10,
      verdict: 'met',
    });
    expect(rows.find((r: { criticality: string }) => r.criticality === 'medium')).toMatchObject({
      total: 0,
      verdict: 'not_enough_tickets',
      deemedMet: true,
    });

    test.clock.advance(-5 * 3600_000);
    await open('high');
    test.clock.advance(5 * 3600_000);
    await watchSla(test.modules.desk);
    rows = (await report()).rows;
    expect(rows.find((r: { criticality: string }) => r.criticality === 'high')).toMatchObject({
      met: 9,
      total: 11,
      verdict: 'missed',
    });
    await test.app.close();
  });

  it("a period runs from local midnight to local midnight in the contract's zone", async () => {
    const test = await buildTestApp(database().handle);
    // 2026-04-01T02:30Z is still 31 March, 23:30 in Santiago (UTC−3)
    test.clock.advance(Date.parse('2026-04-01T02:30:00Z') - test.clock.now().getTime());
    const desk = await deskWithContract(test);
    const { id } = (await desk.open({ criticality: 'high' })).json();
    await test.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/replies`,
      headers: desk.agent,
      payload: { body: 'Visto.' },
    });
    test.clock.advance(2 * 24 * 3600_000); // April has begun: its report exists
    const agent = { cookie: await test.cookieFor(demoUserByRole.agent, true) };
    const report = async (date: string) =>
      (
        await test.app.inject({
          url: `/api/contracts/${desk.contractId}/compliance?date=${date}`,
          headers: agent,
        })
      ).json();
    const high = async (date: string) =>
      (await report(date)).rows.find((row: { criticality: string }) => row.criticality === 'high');
    expect(await high('2026-03-15')).toMatchObject({ met: 1, total: 1 });
    // the month's one verdict over all its tickets sits beside the rows
    expect((await report('2026-03-15')).overall).toMatchObject({ met: 1, total: 1 });
    expect((await report('2026-04-15')).overall).toMatchObject({ total: 0 });
    expect(await high('2026-04-15')).toMatchObject({ total: 0 });
    await test.app.close();
  });
});
