/**
 * Issue 16's scenario through the public API: an Infinity 25 contract (seed 002: 25 h = 1,500 min
 * a month, UF 35.00 billed a month in advance, UF 1.10 an extra hour, unused hours usable one
 * more month) signed from 2026-03-01.
 *
 * March: tickets use 480 + 300 = 780 of March's 1,500, so 720 min (12 h) are left that expire at
 * April's end (05-01): in April they are the idle hours, "expiring this month".
 * April 2 (the planning meeting, no ticket work forecast): a 20-hour quote (12 h + 8 h at
 * UF 1.10) is approved and funded by the 720 idle minutes plus a one-month growth of the other
 * 480 min (8 h) in May, the first month not yet billed: May is priced UF 35.00 + 8 × 1.10 =
 * UF 43.80, June UF 35.00 again.
 *
 * Buckets, drawn oldest first: M = March's 720 left (expire 05-01), A = April's 1,500 (06-01),
 * Y = May's 1,500 and G = the growth's 480 (both 07-01).
 *
 * | day   | work          | drawn from | M   | A    | Y    | G   |
 * |-------|---------------|------------|-----|------|------|-----|
 * | 04-02 | project 720   | M 720      |   0 | 1500 |      |     |
 * | 04-02 | ticket 480    | A 480      |   0 | 1020 |      |     |
 * | 04-02 | ticket 120    | A 120      |   0 |  900 |      |     |
 * | 05-04 | project 480   | A 480      |     |  420 | 1500 | 480 |
 * | 05-04 | ticket 300    | A 300      |     |  120 | 1500 | 480 |
 * | 05-31 | (close May)   | A 120 expire |   |    0 | 1500 | 480 |
 *
 * Statements (close = open + granted − consumed − expired); the fee is billed at a period's close
 * for the next month, at that month's price:
 *
 * | month | open | allotment | growth | consumed | expired | close | fee billed        |
 * |-------|------|-----------|--------|----------|---------|-------|-------------------|
 * | April |  720 |      1500 |      0 |     1320 |       0 |   900 | May:  UF 43.8000  |
 * | May   |  900 |      1500 |    480 |      780 |     120 |  1980 | June: UF 35.0000  |
 *
 * Without the project, April would have expired March's 720 idle minutes; it expires none.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import { callerAs } from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';
import { projectFromApprovedQuote } from '../support/projects.js';

const day = 24 * 3_600_000;
const uf = (amount: string) => ({ amount, currency: 'CLF' });

interface Fact {
  label: string;
  value: { kind: string; minutes?: number; money?: { amount: string } };
}
interface Block {
  kind: string;
  rows?: { kind: string; text?: string; money?: { amount: string } }[][];
}

describeEachEngine('a project funded by idle hours and a one-month growth (issue 16)', (db) => {
  let test: TestApp;
  let contractId: string;
  let call: ReturnType<typeof callerAs>['call'];
  let forget: () => void;
  let page: string;

  const ok = async (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await call(role, method, url, payload);
    expect(res.statusCode, `${method} ${url}: ${res.payload}`).toBeLessThan(300);
    return res.json();
  };
  /** Ticket work, approved by the client's decision-maker the same day when it asks for it. */
  const ticket = async (ref: string, minutes: number) => {
    const { entry, charge } = await ok('agent', 'POST', `/api/contracts/${contractId}/work`, {
      ticketRef: ref,
      kind: 'question',
      minutes,
      firstContact: false,
    });
    if (charge.approvalRequired)
      await ok('client_decision_maker', 'POST', `/api/contracts/${contractId}/decisions`, {
        consumeId: entry.id,
        decision: 'approved',
      });
  };
  /** Moves to a later day and closes the periods that ended. */
  const moveTo = async (days: number) => {
    test.clock.advance(days * day);
    forget();
    await ok('provider_admin', 'POST', `/api/contracts/${contractId}/close-periods`);
  };
  /** The statement's figures as the table above lists them. */
  const statementRow = async (period: string) => {
    const url = `/api/contracts/${contractId}/reports/statement?period=${period}&format=json&lang=en`;
    const { document } = await ok('account_manager', 'GET', url);
    const facts: Fact[] = document.facts.concat(
      document.sections.flatMap((s: { blocks: (Block & { facts?: Fact[] })[] }) =>
        s.blocks.flatMap((b) => b.facts ?? []),
      ),
    );
    const minutes = (label: string) => facts.find((f) => f.label === label)?.value.minutes;
    const billing = document.sections.find((s: { heading: string }) => s.heading === 'Billing');
    const fees = billing.blocks
      .flatMap((b: Block) => b.rows ?? [])
      .filter((row: NonNullable<Block['rows']>[number]) => row[0]?.text === 'Plan fee')
      .map((row: NonNullable<Block['rows']>[number]) => row[2]?.money?.amount);
    return [
      'Opening balance',
      'Monthly allotment',
      'Temporary growth',
      'Consumed',
      'Expired',
      'Closing balance',
    ]
      .map(minutes)
      .concat(fees);
  };

  beforeAll(async () => {
    test = await buildTestApp(db().handle);
    ({ call, forget } = callerAs(test));
    contractId = (await signInfinity25(test)).contractId;
  });

  it('an Infinity 25 contract with 12 idle hours expiring this month, a quote approved for 20 hours, funded by the idle hours plus a one-month growth: the statement of that month and the next match a hand-computed table', async () => {
    await ticket('T-1', 480);
    await ticket('T-2', 300);
    await moveTo(31); // Thursday 2 April: March is closed

    page = await projectFromApprovedQuote(ok, contractId, {
      title: 'Modelo de scoring',
      validUntil: '2026-04-30',
      lines: [
        { description: 'Scoring', minutes: 720 },
        { description: 'Paneles', minutes: 480 },
      ],
    });

    const funded = await ok('account_manager', 'POST', `${page}/funding`, {
      useIdle: true,
      forecastMinutes: 0,
      topUp: { kind: 'temporary_growth', from: '2026-05-01', months: 1 },
    });
    expect(funded.funding).toMatchObject({
      fundedMinutes: 1200,
      unfundedMinutes: 0,
      sources: [
        { kind: 'idle_hours', expiresOn: '2026-05-01', fundedMinutes: 720 },
        {
          kind: 'temporary_growth',
          from: '2026-05-01',
          months: 1,
          minutesPerMonth: 480,
          pricePerMonth: uf('43.8000'),
          fundedMinutes: 480,
        },
      ],
    });

    await ok('agent', 'POST', `${page}/work`, { on: '2026-04-02', minutes: 720 });
    await ticket('T-3', 480);
    await ticket('T-4', 120);
    await moveTo(32); // Monday 4 May: April is closed, May and its growth granted
    await ok('agent', 'POST', `${page}/work`, { on: '2026-05-04', minutes: 480 });
    await ticket('T-5', 300);
    await moveTo(29); // Tuesday 2 June: May is closed

    // consumed and expired are shown as deductions (negative)
    expect(await statementRow('2026-04-15')).toEqual([720, 1500, 0, -1320, 0, 900, '43.8000']);
    expect(await statementRow('2026-05-15')).toEqual([900, 1500, 480, -780, -120, 1980, '35.0000']);

    const project = await ok('client_decision_maker', 'GET', page);
    expect(project.budget).toMatchObject({ usedMinutes: 1200, remainingMinutes: 0 });
    expect(project.funding.sources.map((s: { usedMinutes: number }) => s.usedMinutes)).toEqual([
      720, 480,
    ]);
  });
});
