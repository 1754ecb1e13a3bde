import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { deskOn } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';
import { seed001Terms } from '../support/hour-bank.js';

type Desk = Awaited<ReturnType<typeof deskOn>>;

describeEachEngine('what a ticket is charged, over HTTP', (database) => {
  let test: TestApp;
  let seed002: Desk;
  let seed001: Desk;

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    seed002 = await deskOn(test);
    seed001 = await deskOn(test, { presetId: 'seed001-premium', params: seed001Terms });
  });

  const logTime = (desk: Desk, ticketId: string, minutes: number, extra: object = {}) =>
    test.app.inject({
      method: 'POST',
      url: `/api/tickets/${ticketId}/time`,
      headers: desk.agent,
      payload: { minutes, firstContact: true, ...extra },
    });
  const logWork = (desk: Desk, payload: object) =>
    test.app.inject({
      method: 'POST',
      url: `/api/contracts/${desk.contractId}/work`,
      headers: desk.agent,
      payload: { kind: 'question', firstContact: true, ...payload },
    });
  const sequentially = async <T>(steps: (() => Promise<T>)[]) => {
    const results: T[] = [];
    for (const step of steps) results.push(await step());
    return results;
  };
  const balance = async (desk: Desk) =>
    (
      await test.app.inject({
        url: `/api/contracts/${desk.contractId}/balance`,
        headers: desk.agent,
      })
    ).json();

  describe('minimums count once per ticket and per conversation', () => {
    it('seed 002: 20, 100 and 10 minutes on one ticket with a 60-minute minimum charge 60 + 60 + 10', async () => {
      const { id } = (await seed002.open()).json();
      const before = (await balance(seed002)).availableMinutes;
      const charged = await sequentially(
        [20, 100, 10].map((m) => async () => (await logTime(seed002, id, m)).json().charge.minutes),
      );
      expect(charged).toEqual([60, 60, 10]);
      expect((await balance(seed002)).availableMinutes).toBe(before - 130);
    });

    it('seed 002 through …/work with a conversation: the ticket minimum still counts once', async () => {
      const charged = await sequentially(
        [20, 100, 10].map(
          (m) => async () =>
            (
              await logWork(seed002, { ticketRef: 'W-1', conversationRef: 'W-1/a', minutes: m })
            ).json().charge.minutes,
        ),
      );
      expect(charged).toEqual([60, 60, 10]);
    });

    it('seed 001: 5, 5 and 20 minutes in one conversation with a 15-minute minimum charge 15 + 0 + 15', async () => {
      const { id } = (await seed001.open()).json();
      const onTicket = await sequentially(
        [5, 5, 20].map((m) => async () => (await logTime(seed001, id, m)).json().charge.minutes),
      );
      expect(onTicket).toEqual([15, 0, 15]);
      const inConversations = await sequentially(
        [
          ['C-1', 5],
          ['C-1', 5],
          ['C-1', 20],
          ['C-2', 3],
          ['C-1', 1],
        ].map(
          ([conversationRef, minutes]) =>
            async () =>
              (await logWork(seed001, { ticketRef: 'T-001', conversationRef, minutes })).json()
                .charge.minutes,
        ),
      );
      // a second conversation on the ticket is another opening; the first goes on at cost
      expect(inConversations).toEqual([15, 0, 15, 15, 1]);
    });

    it('seed 002: the 8-hour maximum is judged on the ticket total, whatever the entries', async () => {
      const { id } = (await seed002.open()).json();
      const results = await sequentially(
        [20, 300, 200, 30].map((m) => async () => (await logTime(seed002, id, m)).json().charge),
      );
      // totals 60 (minimum), 320, 520 → capped at 480, 550 → 480
      expect(results.map((c) => [c.minutes, c.quoteRequired])).toEqual([
        [60, false],
        [260, false],
        [160, true],
        [0, true],
      ]);
    });
  });

  it('charges agree with the ledger: the sum of the consumptions is the sum of the charges', async () => {
    const entries = (
      await test.app.inject({
        url: `/api/contracts/${seed002.contractId}/entries?limit=500`,
        headers: seed002.agent,
      })
    ).json() as { type: string; minutes: number }[];
    const work = (
      await test.app.inject({
        url: `/api/contracts/${seed002.contractId}/work?limit=500`,
        headers: seed002.agent,
      })
    ).json() as { chargedMinutes: number }[];
    const consumed = entries
      .filter((e) => e.type === 'consume')
      .reduce((sum, e) => sum + e.minutes, 0);
    expect(consumed).toBe(work.reduce((sum, w) => sum + w.chargedMinutes, 0));
    expect(consumed).toBe(130 + 130 + 480);
  });
});
