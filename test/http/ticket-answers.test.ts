import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskOn } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';
import { seed001Terms } from '../support/hour-bank.js';

type Desk = Awaited<ReturnType<typeof deskOn>> & { decider: { cookie: string } };
interface Entry {
  id: string;
  type: string;
  minutes?: number;
  entryId?: string;
  reason?: string;
  ticketId?: string;
}

/** Tuesday 10 March 2026, midday in Santiago. */
const march = '2026-03-10T15:00:00Z';
const april = '2026-04-02T15:00:00Z';
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describeEachEngine(
  'seed 002’s five answers and reclassification drive the hour bank',
  (database) => {
    let test: TestApp;

    beforeAll(async () => {
      test = await buildTestApp(database().handle);
      test.clock.advance(Date.parse(march) - test.clock.now().getTime());
    });

    /** Moves the clock; going forward, the desk's people sign in again (sessions last 12 h). */
    const travel = async (iso: string, desk: Desk) => {
      const forward = Date.parse(iso) > test.clock.now().getTime();
      test.clock.advance(Date.parse(iso) - test.clock.now().getTime());
      if (!forward) return;
      desk.admin.cookie = await test.cookieFor(demoUserByRole.provider_admin, true);
      desk.agent.cookie = await test.cookieFor(demoUserByRole.agent, true);
      desk.client.cookie = await test.cookieFor(demoUserByRole.client_requester, true);
      desk.decider.cookie = await test.cookieFor(demoUserByRole.client_decision_maker, true);
    };

    const sign = async (terms: Parameters<typeof deskOn>[1] = {}): Promise<Desk> => ({
      ...(await deskOn(test, terms)),
      decider: { cookie: await test.cookieFor(demoUserByRole.client_decision_maker) },
    });

    const api = (desk: Desk) => {
      const url = (path: string) => `/api/contracts/${desk.contractId}${path}`;
      const patch = (ticketId: string, payload: object) =>
        test.app.inject({
          method: 'PATCH',
          url: `/api/tickets/${ticketId}`,
          headers: desk.agent,
          payload,
        });
      const read = async (path: string, headers = desk.agent) =>
        (await test.app.inject({ url: url(path), headers })).json();
      return {
        open: async () => (await desk.open()).json().id as string,
        answer: (ticketId: string, outcome: string) => patch(ticketId, { outcome }),
        reclassify: (ticketId: string, classification: object) =>
          patch(ticketId, { classification }),
        log: async (ticketId: string, minutes: number, firstContact = false) => {
          const res = await test.app.inject({
            method: 'POST',
            url: `/api/tickets/${ticketId}/time`,
            headers: desk.agent,
            payload: { minutes, firstContact },
          });
          expect(res.statusCode, res.payload).toBe(201);
          return res.json().charge;
        },
        balance: () => read('/balance'),
        entries: async (ticketId: string) =>
          ((await read('/entries?limit=500')) as Entry[]).filter(
            (e) => e.ticketId === ticketId || e.type === 'reversal',
          ),
        work: async (ticketId: string) =>
          (await read(`/work?ticketRef=${ticketId}`)) as {
            workedMinutes: number;
            chargedMinutes: number;
          }[],
        decide: (consumeId: string) =>
          test.app.inject({
            method: 'POST',
            url: url('/decisions'),
            headers: desk.decider,
            payload: { consumeId, decision: 'approved' },
          }),
        close: () =>
          test.app.inject({ method: 'POST', url: url('/close-periods'), headers: desk.admin }),
        statement: (date: string) => read(`/statement?date=${date}`, desk.admin),
      };
    };

    describe('the five possible answers of seed 002', () => {
      it('answered in the same communication: the plan’s minimum is deducted without asking the client', async () => {
        const bank = api(await sign());
        const before = (await bank.balance()).availableMinutes;
        const quick = await bank.open();
        await bank.answer(quick, 'answered_in_first_contact');
        expect(await bank.log(quick, 25)).toMatchObject({ minutes: 60, approvalRequired: false });
        expect(await bank.log(quick, 50)).toMatchObject({ minutes: 0, approvalRequired: false });
        // answered after the work was logged awaiting approval: it is settled at the minimum, deducted
        const later = await bank.open();
        expect(await bank.log(later, 90)).toMatchObject({ minutes: 90, approvalRequired: true });
        expect((await bank.answer(later, 'answered_in_first_contact')).statusCode).toBe(200);
        expect(await bank.balance()).toMatchObject({
          availableMinutes: before - 120,
          pendingMinutes: 0,
        });
        expect(sum((await bank.work(quick)).map((w) => w.workedMinutes))).toBe(75);
        expect(sum((await bank.work(later)).map((w) => w.chargedMinutes))).toBe(60);
      });

      it('solved within a committed term: deducted only once the client approves it', async () => {
        const bank = api(await sign());
        const before = (await bank.balance()).availableMinutes;
        const ticket = await bank.open();
        await bank.answer(ticket, 'scheduled');
        // even work done at the first contact waits for the approval once a term is committed
        expect(await bank.log(ticket, 30, true)).toMatchObject({
          minutes: 60,
          approvalRequired: true,
        });
        const pending = await bank.balance();
        expect(pending).toMatchObject({ availableMinutes: before, pendingMinutes: 60 });
        expect((await bank.decide(pending.pending[0].consumeId)).statusCode).toBe(201);
        expect(await bank.balance()).toMatchObject({
          availableMinutes: before - 60,
          pendingMinutes: 0,
        });
      });

      it('hours exhausted: the work is charged at the overage rate from there on', async () => {
        const desk = await sign({ overrides: { includedMinutesPerPeriod: 60 } });
        const bank = api(desk);
        await bank.log(await bank.open(), 60, true);
        expect((await bank.balance()).availableMinutes).toBe(0);
        const more = await bank.open();
        await bank.answer(more, 'hours_exhausted');
        expect(await bank.log(more, 120)).toMatchObject({ minutes: 120, approvalRequired: false });
        expect((await bank.balance()).uncoveredMinutes).toBe(120);
        await travel(april, desk);
        await bank.close();
        expect((await bank.statement('2026-03-31')).overage).toMatchObject({
          minutes: 120,
          amount: { amount: '2.2000', currency: 'CLF' },
        });
        await travel(march, desk);
      });

      it('not covered: nothing is deducted and a quote is offered', async () => {
        const bank = api(await sign());
        const before = await bank.balance();
        const ticket = await bank.open();
        expect(await bank.log(ticket, 45, true)).toMatchObject({ minutes: 60 });
        expect((await bank.answer(ticket, 'not_covered')).statusCode).toBe(200);
        expect(await bank.balance()).toMatchObject({
          availableMinutes: before.availableMinutes,
          pendingMinutes: 0,
        });
        expect(await bank.log(ticket, 30, true)).toMatchObject({ minutes: 0, quoteRequired: true });
        const entries = await bank.entries(ticket);
        const consume = entries.find((e) => e.type === 'consume');
        const reversal = entries.find((e) => e.type === 'reversal' && e.entryId === consume?.id);
        expect(reversal?.reason).toBe('answer_changed:not_covered');
      });

      it('platform limitation: nothing is deducted beyond the billable diagnosis (the plan’s minimum per ticket)', async () => {
        const bank = api(await sign());
        const before = (await bank.balance()).availableMinutes;
        const ticket = await bank.open();
        await bank.answer(ticket, 'platform_limitation');
        const charge = await bank.log(ticket, 200);
        expect(charge).toMatchObject({ minutes: 60, approvalRequired: false });
        expect(charge.reasons.map((r: { code: string }) => r.code)).toContain('billable_diagnosis');
        expect((await bank.balance()).availableMinutes).toBe(before - 60);
      });
    });

    describe('reclassifying a ticket as an incident refunds it', () => {
      it('seed 001: its earlier consumption is reversed in the ledger with a reason, not edited', async () => {
        const bank = api(await sign({ presetId: 'seed001-premium', params: seed001Terms }));
        const before = (await bank.balance()).availableMinutes;
        const ticket = await bank.open();
        expect(await bank.log(ticket, 40, true)).toMatchObject({ minutes: 40 });
        expect((await bank.balance()).availableMinutes).toBe(before - 40);
        const res = await bank.reclassify(ticket, { kind: 'incident', severity: 'major' });
        expect(res.statusCode).toBe(200);
        expect((await bank.balance()).availableMinutes).toBe(before);
        const entries = await bank.entries(ticket);
        const consume = entries.find((e) => e.type === 'consume');
        expect(consume?.minutes).toBe(40);
        const reversal = entries.find((e) => e.type === 'reversal' && e.entryId === consume?.id);
        expect(reversal?.reason).toMatch(/incident/);
        expect(sum((await bank.work(ticket)).map((w) => w.chargedMinutes))).toBe(0);
        expect(await bank.log(ticket, 30, true)).toMatchObject({ minutes: 0, free: true });
      });

      it('consumption of a closed period is refunded by an adjustment with a reason', async () => {
        const desk = await sign({
          overrides: {
            consumption: {
              minimumPerTicketMinutes: 60,
              minimumPerConversationMinutes: 0,
              rounding: { stepMinutes: 1, direction: 'up' },
              maximumPerTicketMinutes: 480,
              freeKinds: ['incident'],
              approvalBeyondFirstContact: false,
            },
          },
        });
        const bank = api(desk);
        const ticket = await bank.open();
        expect(await bank.log(ticket, 20)).toMatchObject({ minutes: 60 });
        await travel(april, desk);
        await bank.close();
        expect((await bank.statement('2026-03-31')).consumed.total).toBe(60);
        const res = await bank.reclassify(ticket, { kind: 'incident', severity: 'minor' });
        expect(res.statusCode).toBe(200);
        // March stays as it was closed; April gets the hours back, with the reason
        expect((await bank.statement('2026-03-31')).consumed.total).toBe(60);
        expect((await bank.statement('2026-04-15')).adjustedMinutes).toBe(60);
        const refund = (await bank.entries(ticket)).find((e) => e.type === 'adjust');
        expect(refund).toMatchObject({ minutes: 60, ticketId: ticket });
        expect(refund?.reason).toMatch(/incident/);
        await travel(march, desk);
      });
    });
  },
);
