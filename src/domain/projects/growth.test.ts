import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import {
  type Amendment,
  type Contract,
  contractVersionAt,
  periodByIndex,
  scheduleOf,
} from '../contracts/index.js';
import { grantsForPeriod } from '../hour-bank/index.js';
import { parseMoney, toDecimalString } from '../money.js';
import { presetById } from '../plans/presets.js';
import { type GrowthRequest, growContract, prepayHours, priceForPeriod } from './growth.js';

/** Infinity 25 (25 h, UF 35.00 a month, UF 1.10 an extra hour) from 2026-02-01. */
function infinity25(overrides: Partial<Omit<Contract, 'plan'>> = {}): Contract {
  return buildContract({
    start: '2026-02-01',
    plan: presetById('seed002-infinity-25').params,
    ...overrides,
  });
}

const ids = { growth: 'g', raise: 'raise', restore: 'restore' };
const indexation: Amendment = {
  id: 'ipc',
  kind: 'parameter_change',
  from: '2026-03-01',
  changes: { price: parseMoney('36.50', 'CLF') },
};

/** Per month from February to June: "allotment+growth UF price". */
function months(contract: Contract): string[] {
  return [0, 1, 2, 3, 4].map((index) => {
    const period = periodByIndex(scheduleOf(contract), index);
    if (contract.end !== null && period.start >= contract.end) return '–';
    const grants = grantsForPeriod(contract, period);
    const minutes = (source: string) =>
      grants.filter((g) => g.source === source).reduce((sum, g) => sum + g.minutes, 0);
    const version = contractVersionAt(contract, period.start);
    expect(version.growthMinutes).toBe(minutes('growth'));
    return `${minutes('allotment')}+${minutes('growth')} ${toDecimalString(priceForPeriod(contract, period))}`;
  });
}

describe('temporary growth (seed 002 §4)', () => {
  it('a temporary growth ends after its months and the contract returns to its hours and price', () => {
    const cases: [string, Contract, Omit<GrowthRequest, 'ids'>, string[]][] = [
      // +8 h in March: UF 35 + 8 × 1.10 = 43.80.
      [
        'one month',
        infinity25(),
        { from: '2026-03-01', months: 1, minutesPerMonth: 480 },
        [
          '1500+0 35.0000',
          '1500+480 43.8000',
          '1500+0 35.0000',
          '1500+0 35.0000',
          '1500+0 35.0000',
        ],
      ],
      // +10 h from 10 March for two months: UF 35 + 11.00 = 46.00 in March and April.
      [
        'two months from mid-month',
        infinity25(),
        { from: '2026-03-10', months: 2, minutesPerMonth: 600 },
        [
          '1500+0 35.0000',
          '1500+600 46.0000',
          '1500+600 46.0000',
          '1500+0 35.0000',
          '1500+0 35.0000',
        ],
      ],
      // An indexation to UF 36.50 from March: the growth returns to 36.50, not to 35.
      [
        'after an indexation',
        infinity25({ amendments: [indexation] }),
        { from: '2026-04-01', months: 1, minutesPerMonth: 480 },
        [
          '1500+0 35.0000',
          '1500+0 36.5000',
          '1500+480 45.3000',
          '1500+0 36.5000',
          '1500+0 36.5000',
        ],
      ],
      // A contract that ends with the growth needs no restoring amendment.
      [
        'at the end of the contract',
        infinity25({ end: '2026-05-01' }),
        { from: '2026-04-01', months: 1, minutesPerMonth: 90 },
        ['1500+0 35.0000', '1500+0 35.0000', '1500+90 36.6500', '–', '–'],
      ],
    ];
    for (const [name, contract, request, expected] of cases) {
      const grown = growContract(contract, { ids, ...request });
      expect(months(grown), name).toEqual(expected);
      expect(grown.amendments.length - contract.amendments.length).toBe(contract.end ? 2 : 3);
    }
    const midMonth = growContract(infinity25(), {
      ids,
      from: '2026-03-10',
      months: 2,
      minutesPerMonth: 600,
    });
    expect(contractVersionAt(midMonth, '2026-03-09').plan.price).toEqual(parseMoney('35', 'CLF'));
    expect(grantsForPeriod(midMonth, periodByIndex(scheduleOf(midMonth), 1)).at(-1)?.on).toBe(
      '2026-03-10',
    );
  });

  it('refuses growths the seed does not offer, or that clash with the contract', () => {
    const base = { ids, from: '2026-03-01', months: 1, minutesPerMonth: 480 };
    const noRate = buildContract({
      start: '2026-02-01',
      plan: { ...presetById('seed002-infinity-25').params, overageRatePerHour: null },
    });
    const grown = growContract(infinity25(), base);
    const cases: [Contract, GrowthRequest, code: string, path?: string][] = [
      [infinity25(), { ...base, months: 3 }, 'invalid_input', 'months'],
      [infinity25(), { ...base, months: 0 }, 'invalid_input', 'months'],
      [infinity25(), { ...base, minutesPerMonth: 0 }, 'invalid_input', 'minutesPerMonth'],
      [infinity25(), { ...base, from: '2026-01-15' }, 'invalid_input', 'from'],
      [
        infinity25({ amendments: [{ ...indexation, from: '2026-03-20' }] }),
        base,
        'conflict',
        'from',
      ],
      [grown, { ...base, ids: { growth: 'g2', raise: 'r2', restore: 's2' } }, 'conflict'],
      [noRate, base, 'rule_violation'],
    ];
    for (const [contract, request, code, path] of cases) {
      expect(() => growContract(contract, request), `${code} ${path}`).toThrow(
        expect.objectContaining(path ? { code, path } : { code }),
      );
    }
  });

  it('prices prepaid hours at the plan rate, granted with the month they are bought in', () => {
    const contract = prepayHours(infinity25(), { id: 'pre', on: '2026-03-15', minutes: 300 });
    const march = periodByIndex(scheduleOf(contract), 1);
    expect(
      grantsForPeriod(contract, march).map((g) => [g.source, g.minutes, g.on, g.expiresOn]),
    ).toEqual([
      ['allotment', 1500, '2026-03-01', '2026-05-01'],
      ['prepaid', 300, '2026-03-15', '2026-05-01'],
    ]);
    const prepaid = contract.amendments.at(-1);
    expect(
      prepaid?.kind === 'prepaid_hours' && toDecimalString(prepaid.price ?? parseMoney('0', 'CLF')),
    ).toBe('5.5000');
    expect(() => prepayHours(infinity25(), { id: 'pre', on: '2026-03-15', minutes: -5 })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'minutes' }),
    );
  });
});
