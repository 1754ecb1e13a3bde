import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { formatMoney } from '../money.js';
import { planChangeSchema } from '../plans/params.js';
import { type Amendment, contractVersionAt, parseContract, validateContract } from './contract.js';

function growth(id: string, from: string, periods: number, extraMinutesPerPeriod = 900): Amendment {
  return { id, kind: 'temporary_growth', from, periods, extraMinutesPerPeriod };
}

function change(id: string, from: string, changes: unknown): Amendment {
  return { id, kind: 'parameter_change', from, changes: planChangeSchema.parse(changes) };
}

describe('contractVersionAt gives the rules in force on a day', () => {
  const contract = buildContract({
    amendments: [
      growth('g1', '2025-03-10', 2),
      change('c1', '2025-07-01', { overageRatePerHour: { amount: '1.25', currency: 'CLF' } }),
      change('c2', '2025-09-01', { consumption: { maximumPerTicketMinutes: 600 } }),
    ],
  });

  it.each([
    ['2025-02-28', 0, 'UF 1.10', 480],
    ['2025-03-01', 900, 'UF 1.10', 480],
    ['2025-04-30', 900, 'UF 1.10', 480],
    ['2025-05-01', 0, 'UF 1.10', 480],
    ['2025-07-01', 0, 'UF 1.25', 480],
    ['2025-09-15', 0, 'UF 1.25', 600],
  ])('%s: growth %i, overage %s, cap %i', (date, growthMinutes, rate, cap) => {
    const version = contractVersionAt(contract, date);
    expect(version.growthMinutes).toBe(growthMinutes);
    expect(version.plan.overageRatePerHour && formatMoney(version.plan.overageRatePerHour)).toBe(
      rate,
    );
    expect(version.plan.consumption.maximumPerTicketMinutes).toBe(cap);
    expect(version.plan.consumption.minimumPerTicketMinutes).toBe(60);
  });

  it('names the amendments that shaped the version', () => {
    expect(contractVersionAt(contract, '2025-09-15').amendmentIds).toEqual(['c1', 'c2']);
  });
});

describe('conflicting amendments', () => {
  it('two growths covering the same month conflict', () => {
    const contract = buildContract({
      amendments: [growth('g1', '2025-03-01', 2), growth('g2', '2025-04-20', 1)],
    });
    expect(() => validateContract(contract)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('growths one after the other do not', () => {
    expect(() =>
      validateContract(
        buildContract({
          amendments: [growth('g1', '2025-03-01', 2), growth('g2', '2025-05-01', 1)],
        }),
      ),
    ).not.toThrow();
  });

  it('two changes from the same day setting one field differently conflict', () => {
    const contract = buildContract({
      amendments: [
        change('c1', '2025-05-01', { rolloverPeriods: 0 }),
        change('c2', '2025-05-01', { rolloverPeriods: 2 }),
      ],
    });
    expect(() => validateContract(contract)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('changes of different fields, or on different days, do not', () => {
    const contract = buildContract({
      amendments: [
        change('c1', '2025-05-01', { rolloverPeriods: 0 }),
        change('c2', '2025-05-01', { maxRequesters: 5 }),
        change('c3', '2025-06-01', { rolloverPeriods: 2 }),
      ],
    });
    expect(contractVersionAt(contract, '2025-05-02').plan).toMatchObject({
      rolloverPeriods: 0,
      maxRequesters: 5,
    });
    expect(contractVersionAt(contract, '2025-06-02').plan).toMatchObject({
      rolloverPeriods: 2,
      maxRequesters: 5,
    });
  });
});

describe('bad contract input names the field', () => {
  const json = {
    id: 'c',
    clientId: 'client',
    start: '2025-01-01',
    end: null,
    plan: {
      period: 'month',
      includedMinutesPerPeriod: 600,
      price: { amount: '25', currency: 'CLF' },
      billing: { every: 'month', timing: 'in_advance' },
      term: { months: 6, autoRenew: true },
      calendarId: 'cal',
      responseTargets: { high: 60, medium: 360, low: 480 },
      resolutionTargets: null,
      urgentResponse: null,
      maxRequesters: 3,
      consumption: {
        minimumPerTicketMinutes: 60,
        minimumPerConversationMinutes: 0,
        rounding: { stepMinutes: 1, direction: 'up' },
        maximumPerTicketMinutes: 480,
        freeKinds: [],
        approvalBeyondFirstContact: true,
      },
      rolloverPeriods: 1,
      overageRatePerHour: { amount: '1.10', currency: 'CLF' },
      compliance: null,
    },
    amendments: [] as unknown[],
  };

  it('a valid contract parses', () => {
    expect(parseContract(json).plan.includedMinutesPerPeriod).toBe(600);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['start is not a date', { start: '2025-02-30' }, 'contract.start'],
    ['end before start', { end: '2024-12-31' }, 'contract.end'],
    [
      'amendment before the start',
      {
        amendments: [
          { id: 'a', kind: 'prepaid_hours', on: '2024-12-01', minutes: 60, price: null },
        ],
      },
      'contract.amendments[0].on',
    ],
    [
      'growth of zero minutes',
      {
        amendments: [
          {
            id: 'a',
            kind: 'temporary_growth',
            from: '2025-02-01',
            periods: 1,
            extraMinutesPerPeriod: 0,
          },
        ],
      },
      'contract.amendments[0].extraMinutesPerPeriod',
    ],
    [
      'changing the period unit',
      {
        amendments: [
          { id: 'a', kind: 'parameter_change', from: '2025-02-01', changes: { period: 'year' } },
        ],
      },
      'contract.amendments[0].changes',
    ],
    [
      'a change that breaks a rule',
      {
        amendments: [
          {
            id: 'a',
            kind: 'parameter_change',
            from: '2025-02-01',
            changes: { consumption: { maximumPerTicketMinutes: 30 } },
          },
        ],
      },
      'contract.amendments[0].changes.consumption.maximumPerTicketMinutes',
    ],
    [
      'duplicate amendment ids',
      {
        amendments: [
          { id: 'a', kind: 'prepaid_hours', on: '2025-02-01', minutes: 60, price: null },
          { id: 'a', kind: 'prepaid_hours', on: '2025-03-01', minutes: 60, price: null },
        ],
      },
      'contract.amendments[1].id',
    ],
  ])('%s fails at %s', (_, override, path) => {
    expect(() => parseContract({ ...json, ...override })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path }),
    );
  });
});
