import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, MemoryLedger } from '../../../test/factories/hour-bank.js';
import { type Contract, periodByIndex, scheduleOf } from '../contracts/index.js';
import { closePeriod, missingGrants } from '../hour-bank/index.js';
import { parseMoney, toDecimalString } from '../money.js';
import { chargedMinutes, hourStatement } from './statement.js';

const periodOfIndex = (contract: Contract, index: number) =>
  periodByIndex(scheduleOf(contract), index);

function opened(contract: Contract): MemoryLedger {
  const ledger = new MemoryLedger();
  ledger.record(contract, ...missingGrants(contract, [], periodOfIndex(contract, 0)));
  return ledger;
}

function close(contract: Contract, ledger: MemoryLedger, ...indexes: number[]): void {
  for (const index of indexes)
    ledger.record(
      contract,
      ...closePeriod(contract, ledger.entries, periodOfIndex(contract, index)),
    );
}

const statementOf = (contract: Contract, ledger: MemoryLedger, index: number) =>
  hourStatement({
    contract,
    entries: ledger.entries,
    period: periodOfIndex(contract, index),
    work: [],
    tickets: [{ ref: 'T-1', title: 'Informe', requester: 'Ana Rojas' }],
  });

describe('pending approvals', () => {
  it('work awaiting approval is pending in the period it was logged in, then pending from earlier periods, until approved', () => {
    const contract = buildContract();
    const ledger = opened(contract);
    const [consume] = ledger.record(
      contract,
      buildConsume('2025-01-28', 120, { ticketId: 'T-1', needsApproval: true }),
      buildConsume('2025-02-03', 60, { ticketId: 'T-2', needsApproval: true }),
    );
    close(contract, ledger, 0, 1);
    ledger.record(contract, {
      type: 'approval',
      on: '2025-03-02',
      consumeId: consume?.id ?? '',
      decision: 'approved',
    });
    const [january, february, march] = [0, 1, 2].map((i) => statementOf(contract, ledger, i));
    expect(january?.pending.map((l) => [l.ticketRef, l.requester, l.chargedMinutes])).toEqual([
      ['T-1', 'Ana Rojas', 120],
    ]);
    expect(january?.pendingFromEarlier).toEqual([]);
    expect(february?.pending.map((l) => l.ticketRef)).toEqual(['T-2']);
    expect(february?.pendingFromEarlier.map((l) => [l.ticketRef, l.workedOn])).toEqual([
      ['T-1', '2025-01-28'],
    ]);
    expect(march?.consumption.map((l) => [l.ticketRef, l.workedOn, l.approvedOn])).toEqual([
      ['T-1', '2025-01-28', '2025-03-02'],
    ]);
    expect(march?.pendingFromEarlier.map((l) => l.ticketRef)).toEqual(['T-2']);
    expect(march?.consumedMinutes).toBe(120);
  });
});

describe('an open period', () => {
  it('projects its expiry and overage, and says so', () => {
    const contract = buildContract();
    const ledger = opened(contract);
    ledger.record(contract, buildConsume('2025-01-10', 100));
    close(contract, ledger, 0);
    ledger.record(contract, buildConsume('2025-02-05', 300), buildConsume('2025-02-20', 900));
    const february = statementOf(contract, ledger, 1);
    expect(february.closed).toBe(false);
    expect(february.expiries.map((e) => [e.fromPeriodKey, e.minutes, e.projected])).toEqual([]);
    expect(february.overage).toMatchObject({ minutes: 100, billed: false });
    expect(february.overage.amount && toDecimalString(february.overage.amount)).toBe('1.8333');
    expect(chargedMinutes(february.consumption)).toBe(1200);
    const quiet = opened(contract);
    close(contract, quiet, 0);
    const unused = statementOf(contract, quiet, 1);
    expect(unused.expiries.map((e) => [e.fromPeriodKey, e.minutes, e.projected])).toEqual([
      ['2025-01-01', 600, true],
    ]);
  });
});

describe('the overage amount in the contract currency', () => {
  const cases: [currency: string, rate: string, minutes: number, amount: string][] = [
    ['CLF', '1.10', 100, '1.8333'],
    ['EUR', '45.00', 100, '75.00'],
    ['COP', '95000', 50, '79166.67'],
    ['USD', '60.00', 7, '7.00'],
    ['CLP', '35000', 50, '29167'],
  ];
  it.each(cases)(
    '%s at %s per hour for %i minutes is %s (ISO 4217 decimals, half-up)',
    (currency, rate, minutes, amount) => {
      const contract = buildContract({
        plan: {
          price: { amount: '100', currency },
          overageRatePerHour: { amount: rate, currency },
        },
      });
      const ledger = opened(contract);
      ledger.record(contract, buildConsume('2025-01-10', 600 + minutes));
      close(contract, ledger, 0);
      const january = statementOf(contract, ledger, 0);
      expect(january.currency).toBe(currency);
      expect(january.overage.amount && toDecimalString(january.overage.amount)).toBe(amount);
      const overage = january.invoice.find((line) => line.kind === 'overage');
      expect(overage && toDecimalString(overage.amount)).toBe(amount);
    },
  );
});

describe('the fee on the statement', () => {
  const feesOf = (contract: Contract, index: number) => {
    const ledger = opened(contract);
    for (let i = 0; i <= index; i++) close(contract, ledger, i);
    return statementOf(contract, ledger, index).invoice.flatMap((line) =>
      line.kind === 'fee' ? [[line.timing, line.from, line.to, toDecimalString(line.amount)]] : [],
    );
  };

  it('billed monthly in advance, each closing bills the next month at the price then in force', () => {
    const contract = buildContract({
      amendments: [
        {
          id: 'raise',
          kind: 'parameter_change',
          from: '2025-03-01',
          changes: { price: parseMoney('35.00', 'CLF') },
        },
      ],
    });
    expect(feesOf(contract, 0)).toEqual([['in_advance', '2025-02-01', '2025-02-28', '25.0000']]);
    expect(feesOf(contract, 1)).toEqual([['in_advance', '2025-03-01', '2025-03-31', '35.0000']]);
  });

  it('billed quarterly in arrears, only the closing that ends a quarter bills it', () => {
    const contract = buildContract({
      plan: { billing: { every: 'quarter', timing: 'in_arrears' } },
    });
    expect(feesOf(contract, 0)).toEqual([]);
    expect(feesOf(contract, 1)).toEqual([]);
    expect(feesOf(contract, 2)).toEqual([['in_arrears', '2025-01-01', '2025-03-31', '25.0000']]);
  });

  it('no fee in advance once the contract has ended', () => {
    const contract = buildContract({ end: '2025-03-01' });
    expect(feesOf(contract, 0)).toEqual([['in_advance', '2025-02-01', '2025-02-28', '25.0000']]);
    expect(feesOf(contract, 1)).toEqual([]);
  });
});

describe('adjustments and prepaid hours', () => {
  it('lists adjustments with their reason and bills prepaid hours at their agreed price', () => {
    const contract = buildContract({
      amendments: [
        {
          id: 'pre',
          kind: 'prepaid_hours',
          on: '2025-01-15',
          minutes: 600,
          price: parseMoney('11.00', 'CLF'),
        },
      ],
    });
    const ledger = opened(contract);
    ledger.record(contract, ...missingGrants(contract, ledger.entries, periodOfIndex(contract, 0)));
    ledger.record(contract, {
      type: 'adjust',
      on: '2025-01-20',
      minutes: 30,
      reason: 'Compensación',
      expiresOn: null,
    });
    close(contract, ledger, 0);
    const january = statementOf(contract, ledger, 0);
    expect(january.adjustments).toEqual([
      { on: '2025-01-20', minutes: 30, reason: 'Compensación' },
    ]);
    expect(january.adjustedMinutes).toBe(30);
    expect(january.invoice.map((l) => [l.kind, toDecimalString(l.amount)])).toEqual([
      ['fee', '25.0000'],
      ['prepaid', '11.0000'],
    ]);
    expect(january.invoiceTotal && toDecimalString(january.invoiceTotal)).toBe('36.0000');
    expect(january.closingGrants.map((g) => [g.source, g.minutes, g.expiresOn])).toEqual([
      ['allotment', 600, '2025-03-01'],
      ['prepaid', 600, '2025-03-01'],
      ['adjust', 30, null],
    ]);
  });
});
