import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, openLedger as open } from '../../../test/factories/hour-bank.js';
import type { Amendment } from '../contracts/index.js';
import { formatMoney, toDecimalString } from '../money.js';
import { closePeriod, missingGrants } from './close.js';
import { balanceAt, statement } from './derive.js';

describe('seed 002 rules over time', () => {
  it('unused hours carry over one month only', () => {
    const contract = buildContract();
    const { ledger, closeThrough, period } = open(contract);
    ledger.record(contract, buildConsume('2025-01-20', 100));
    closeThrough(0);
    // February: January's 500 left plus February's 600
    expect(balanceAt(contract, ledger.entries, '2025-02-01').availableMinutes).toBe(1100);
    expect(balanceAt(contract, ledger.entries, '2025-02-27').expiringAtPeriodEnd).toBe(500);
    // March: January's 500 are gone even before February is closed; February's 600 remain
    expect(balanceAt(contract, ledger.entries, '2025-03-01').availableMinutes).toBe(600);
    closeThrough(1);
    // …and closing February grants March's 600
    expect(balanceAt(contract, ledger.entries, '2025-03-01').availableMinutes).toBe(1200);
    expect(statement(contract, ledger.entries, period(1))).toMatchObject({
      openingMinutes: 500,
      expiredMinutes: 500,
      closingMinutes: 600,
    });
    // and a 0-rollover plan loses them at the end of their own month
    const strict = buildContract({ plan: { rolloverPeriods: 0 } });
    const other = open(strict);
    other.closeThrough(0);
    expect(balanceAt(strict, other.ledger.entries, '2025-02-01').availableMinutes).toBe(600);
    expect(statement(strict, other.ledger.entries, other.period(0)).expiredMinutes).toBe(600);
  });

  it('overage billed at UF 1.10 per hour', () => {
    const contract = buildContract();
    const { ledger, closeThrough, period } = open(contract);
    ledger.record(
      contract,
      buildConsume('2025-01-10', 480),
      buildConsume('2025-01-20', 210, { ticketId: 'ticket-2' }),
    );
    expect(balanceAt(contract, ledger.entries, '2025-01-31')).toMatchObject({
      availableMinutes: 0,
      uncoveredMinutes: 90,
    });
    closeThrough(0);
    const overage = ledger.entries.find((entry) => entry.type === 'overage');
    expect(overage).toMatchObject({ minutes: 90, periodKey: '2025-01-01' });
    const amount = overage?.type === 'overage' ? overage.amount : null;
    // 1.5 h × UF 1.10 = UF 1.65
    expect(amount && toDecimalString(amount)).toBe('1.6500');
    expect(amount && formatMoney(amount)).toBe('UF 1.65');
    expect(statement(contract, ledger.entries, period(0)).overage).toMatchObject({
      minutes: 90,
      billed: true,
    });
    // the overage is billed, not carried: February starts with its full 600
    expect(balanceAt(contract, ledger.entries, '2025-02-01').availableMinutes).toBe(600);
  });

  it('temporary growth ends after its months', () => {
    const growth: Amendment = {
      id: 'growth',
      kind: 'temporary_growth',
      from: '2025-02-01',
      periods: 2,
      extraMinutesPerPeriod: 900,
    };
    const contract = buildContract({ plan: { rolloverPeriods: 0 }, amendments: [growth] });
    const { ledger, closeThrough, period } = open(contract);
    closeThrough(4);
    const granted = [0, 1, 2, 3, 4].map(
      (i) => statement(contract, ledger.entries, period(i)).granted.total,
    );
    expect(granted).toEqual([600, 1500, 1500, 600, 600]);
  });

  it('consumption awaiting approval is not deducted', () => {
    const contract = buildContract();
    const { ledger } = open(contract);
    const [waiting] = ledger.record(
      contract,
      buildConsume('2025-01-10', 120, { needsApproval: true }),
    );
    const [refused] = ledger.record(
      contract,
      buildConsume('2025-01-11', 300, { needsApproval: true, ticketId: 'ticket-2' }),
    );
    expect(balanceAt(contract, ledger.entries, '2025-01-12')).toMatchObject({
      availableMinutes: 600,
      pendingMinutes: 420,
    });
    ledger.record(contract, {
      type: 'approval',
      on: '2025-01-15',
      consumeId: refused?.id ?? '',
      decision: 'rejected',
    });
    expect(balanceAt(contract, ledger.entries, '2025-01-15')).toMatchObject({
      availableMinutes: 600,
      pendingMinutes: 120,
    });
    ledger.record(contract, {
      type: 'approval',
      on: '2025-01-20',
      consumeId: waiting?.id ?? '',
      decision: 'approved',
    });
    // deducted from the approval day on, not before
    expect(balanceAt(contract, ledger.entries, '2025-01-19').availableMinutes).toBe(600);
    expect(balanceAt(contract, ledger.entries, '2025-01-20')).toMatchObject({
      availableMinutes: 480,
      pendingMinutes: 0,
    });
  });

  it('work awaiting approval belongs to the period it was logged in', () => {
    const contract = buildContract();
    const { ledger, closeThrough, period } = open(contract);
    const [january] = ledger.record(
      contract,
      buildConsume('2025-01-20', 120, { needsApproval: true }),
    );
    closeThrough(0);
    ledger.record(
      contract,
      buildConsume('2025-02-03', 30, { needsApproval: true, ticketId: 't2' }),
    );
    closeThrough(1);
    ledger.record(
      contract,
      buildConsume('2025-03-04', 45, { needsApproval: true, ticketId: 't3' }),
    );
    expect(statement(contract, ledger.entries, period(0))).toMatchObject({
      pendingMinutes: 120,
      pendingFromEarlierMinutes: 0,
    });
    // February and March list earlier periods' work apart, under "pending from earlier periods"
    expect(statement(contract, ledger.entries, period(1))).toMatchObject({
      pendingMinutes: 30,
      pendingFromEarlierMinutes: 120,
    });
    expect(statement(contract, ledger.entries, period(2))).toMatchObject({
      pendingMinutes: 45,
      pendingFromEarlierMinutes: 150,
    });
    // approved in March, January's work is deducted on the approval's day, in March
    ledger.record(contract, {
      type: 'approval',
      on: '2025-03-10',
      consumeId: january?.id ?? '',
      decision: 'approved',
    });
    expect(statement(contract, ledger.entries, period(2))).toMatchObject({
      pendingMinutes: 45,
      pendingFromEarlierMinutes: 30,
      consumed: { total: 120 },
    });
  });
});

describe('FIFO: the oldest usable grant is drawn first', () => {
  it('draws last month’s rolled-over hours before this month’s', () => {
    const contract = buildContract();
    const { ledger, closeThrough } = open(contract);
    ledger.record(contract, buildConsume('2025-01-10', 400));
    closeThrough(0);
    ledger.record(contract, buildConsume('2025-02-10', 250));
    const { grants } = balanceAt(contract, ledger.entries, '2025-02-10');
    expect(grants.map((g) => [g.grantedOn, g.remainingMinutes])).toEqual([['2025-02-01', 550]]);
  });

  it('hours granted later in a period cover what was consumed beyond the bank', () => {
    const contract = buildContract({
      amendments: [
        { id: 'pre', kind: 'prepaid_hours', on: '2025-01-15', minutes: 120, price: null },
      ],
    });
    const { ledger, closeThrough, period } = open(contract);
    ledger.record(contract, buildConsume('2025-01-10', 660));
    expect(balanceAt(contract, ledger.entries, '2025-01-10').uncoveredMinutes).toBe(60);
    closeThrough(0);
    expect(statement(contract, ledger.entries, period(0))).toMatchObject({
      granted: { prepaid: 120, total: 720 },
      overage: { minutes: 0 },
    });
    // the prepaid hours' rest rolls over like the month's allotment
    expect(balanceAt(contract, ledger.entries, '2025-02-01').availableMinutes).toBe(660);
  });
});

describe('closing a period', () => {
  it('is idempotent: closing again appends nothing', () => {
    const contract = buildContract();
    const { ledger, closeThrough, period } = open(contract);
    closeThrough(0);
    const count = ledger.entries.length;
    expect(closePeriod(contract, ledger.entries, period(0))).toEqual([]);
    expect(missingGrants(contract, ledger.entries, period(1))).toEqual([]);
    expect(ledger.entries.length).toBe(count);
  });

  it('goes in order', () => {
    const contract = buildContract();
    const { ledger, period } = open(contract);
    expect(() => closePeriod(contract, ledger.entries, period(1))).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it('refuses entries dated in a closed period', () => {
    const contract = buildContract();
    const { ledger, closeThrough } = open(contract);
    closeThrough(0);
    expect(() => ledger.record(contract, buildConsume('2025-01-31', 30))).toThrow(
      expect.objectContaining({ code: 'conflict', path: 'entry.on' }),
    );
  });

  it('does not grant past the contract end', () => {
    const contract = buildContract({ end: '2025-03-01' });
    const { ledger, closeThrough } = open(contract);
    closeThrough(1);
    expect(
      ledger.entries.filter((entry) => entry.type === 'grant').map((entry) => entry.on),
    ).toEqual(['2025-01-01', '2025-02-01']);
  });
});

describe('corrections', () => {
  it('a reversal gives a consume back; an adjust needs a reason', () => {
    const contract = buildContract();
    const { ledger, period } = open(contract);
    const [wrong] = ledger.record(contract, buildConsume('2025-01-10', 200));
    ledger.record(contract, {
      type: 'reversal',
      on: '2025-01-12',
      entryId: wrong?.id ?? '',
      reason: 'logged on the wrong client',
    });
    expect(balanceAt(contract, ledger.entries, '2025-01-12').availableMinutes).toBe(600);
    expect(statement(contract, ledger.entries, period(0)).consumed.total).toBe(0);
    expect(() =>
      ledger.record(contract, {
        type: 'adjust',
        on: '2025-01-12',
        minutes: 60,
        reason: ' ',
        expiresOn: null,
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'entry.reason' }));
    ledger.record(contract, {
      type: 'adjust',
      on: '2025-01-13',
      minutes: -90,
      reason: 'phone support logged elsewhere',
      expiresOn: null,
    });
    expect(statement(contract, ledger.entries, period(0))).toMatchObject({
      adjustedMinutes: -90,
      closingMinutes: 510,
    });
  });

  it.each([
    ['reversing twice', 'conflict'],
    ['reversing a used grant', 'conflict'],
    ['reversing an unknown entry', 'not_found'],
    ['reversing in a later period', 'conflict'],
    ['approving an approved consume', 'conflict'],
  ])('%s is %s', (name, code) => {
    const contract = buildContract();
    const { ledger, closeThrough } = open(contract);
    const [consume] = ledger.record(
      contract,
      buildConsume('2025-01-10', 30, { needsApproval: name.startsWith('approving') }),
    );
    const id = consume?.id ?? '';
    const reversal = { type: 'reversal', on: '2025-01-20', entryId: id, reason: 'test' } as const;
    const attempt = () => {
      if (name === 'reversing twice') {
        ledger.record(contract, reversal);
        ledger.record(contract, reversal);
      } else if (name === 'reversing a used grant') {
        ledger.record(contract, buildConsume('2025-01-11', 30, { ticketId: 't2' }), {
          ...reversal,
          entryId: 'e1',
        });
      } else if (name === 'reversing an unknown entry') {
        ledger.record(contract, { ...reversal, entryId: 'nope' });
      } else if (name === 'reversing in a later period') {
        closeThrough(0);
        ledger.record(contract, { ...reversal, on: '2025-02-03' });
      } else {
        ledger.record(contract, {
          type: 'approval',
          on: '2025-01-11',
          consumeId: id,
          decision: 'approved',
        });
        ledger.record(contract, {
          type: 'approval',
          on: '2025-01-12',
          consumeId: id,
          decision: 'approved',
        });
      }
    };
    expect(attempt).toThrow(expect.objectContaining({ code }));
  });
});

describe('bad ledger entries name the field', () => {
  it.each([
    ['a consume of 0 minutes', buildConsume('2025-01-10', 0), 'entry.minutes'],
    ['fractional minutes', buildConsume('2025-01-10', 1.5), 'entry.minutes'],
    [
      'a consume without ticket',
      buildConsume('2025-01-10', 30, { ticketId: ' ' }),
      'entry.ticketId',
    ],
    ['a date that does not exist', buildConsume('2025-02-30', 30), 'entry.on'],
    ['a date before the contract', buildConsume('2024-12-31', 30), 'entry.on'],
    [
      'an adjust of 0',
      { type: 'adjust', on: '2025-01-10', minutes: 0, reason: 'x', expiresOn: null } as const,
      'entry.minutes',
    ],
    [
      'removed hours that expire',
      {
        type: 'adjust',
        on: '2025-01-10',
        minutes: -30,
        reason: 'x',
        expiresOn: '2025-03-01',
      } as const,
      'entry.expiresOn',
    ],
  ])('%s fails at %s', (_, entry, path) => {
    const contract = buildContract();
    const { ledger } = open(contract);
    expect(() => ledger.record(contract, entry)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path }),
    );
  });
});
