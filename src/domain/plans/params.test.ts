import { describe, expect, it } from 'vitest';
import { formatMoney } from '../money.js';
import {
  applyPlanChange,
  type PlanParamsInput,
  parsePlanParams,
  planChangeSchema,
} from './params.js';
import { presetById } from './presets.js';

const base = presetById('seed002-base').params;

function pathOf(input: unknown): string | undefined {
  try {
    parsePlanParams(input);
  } catch (error) {
    return (error as { path?: string }).path;
  }
  return undefined;
}

describe('bad plan input names the field', () => {
  const cases: [string, Partial<PlanParamsInput> | Record<string, unknown>, string][] = [
    [
      'rounding step 0',
      {
        consumption: { ...base.consumption, rounding: { stepMinutes: 0, direction: 'up' } },
      } as Partial<PlanParamsInput>,
      'plan.consumption.rounding.stepMinutes',
    ],
    ['fractional hours', { includedMinutesPerPeriod: 600.5 }, 'plan.includedMinutesPerPeriod'],
    ['negative hours', { includedMinutesPerPeriod: -60 }, 'plan.includedMinutesPerPeriod'],
    ['unknown currency', { price: { amount: '25', currency: 'UF' } }, 'plan.price.currency'],
    [
      'overage in another currency',
      { overageRatePerHour: { amount: '30', currency: 'EUR' } },
      'plan.overageRatePerHour.currency',
    ],
    [
      'cap below the minimum',
      {
        consumption: { ...base.consumption, maximumPerTicketMinutes: 30 },
      } as Partial<PlanParamsInput>,
      'plan.consumption.maximumPerTicketMinutes',
    ],
    [
      'unknown free kind',
      {
        consumption: { ...base.consumption, freeKinds: ['bug'] },
      } as unknown as Partial<PlanParamsInput>,
      'plan.consumption.freeKinds[0]',
    ],
    [
      'threshold above target',
      {
        compliance: {
          targetPercent: 90,
          thresholdPercent: 95,
          minimumSample: 10,
          belowSample: 'deemed_met',
        },
      },
      'plan.compliance.thresholdPercent',
    ],
    [
      'percent with 3 decimals',
      {
        compliance: {
          targetPercent: 99.995,
          thresholdPercent: 90,
          minimumSample: 10,
          belowSample: 'deemed_met',
        },
      },
      'plan.compliance.targetPercent',
    ],
    ['a typo in a field name', { rollover: 1 }, 'plan'],
    ['empty calendar', { calendarId: ' ' }, 'plan.calendarId'],
  ];
  it.each(cases)('%s fails at %s', (_, override, path) => {
    expect(pathOf({ ...base, ...override })).toBe(path);
  });

  it('a valid plan parses', () => {
    expect(pathOf(base)).toBeUndefined();
  });
});

describe('parameter changes', () => {
  const plan = parsePlanParams(base);

  it('merge a partial group and replace whole fields', () => {
    const change = planChangeSchema.parse({
      consumption: { maximumPerTicketMinutes: 600 },
      overageRatePerHour: { amount: '1.25', currency: 'CLF' },
    });
    const next = applyPlanChange(plan, change);
    expect(next.consumption.maximumPerTicketMinutes).toBe(600);
    expect(next.consumption.minimumPerTicketMinutes).toBe(60);
    expect(next.overageRatePerHour && formatMoney(next.overageRatePerHour)).toBe('UF 1.25');
  });

  it('cannot change the period unit', () => {
    expect(planChangeSchema.safeParse({ period: 'year' }).success).toBe(false);
  });

  it('are checked again across fields', () => {
    const change = planChangeSchema.parse({ consumption: { maximumPerTicketMinutes: 30 } });
    expect(() => applyPlanChange(plan, change, 'amendments[0].changes')).toThrow(
      expect.objectContaining({
        path: 'amendments[0].changes.consumption.maximumPerTicketMinutes',
      }),
    );
  });
});
