import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { formatMoney } from '../money.js';
import { planParamsSchema } from './params.js';
import { planFromPreset, planPresets, presetById } from './presets.js';

const contractValues = {
  includedMinutesPerPeriod: 40 * 60,
  price: { amount: '1200.00', currency: 'EUR' },
  billing: { every: 'year', timing: 'in_advance' },
  term: { months: 12, autoRenew: true },
} as const;

describe('seed 002 Infinity presets match the plan page', () => {
  it.each([
    ['seed002-base', 10, 'UF 25.00'],
    ['seed002-infinity-25', 25, 'UF 35.00'],
    ['seed002-infinity-50', 50, 'UF 60.00'],
    ['seed002-infinity-100', 100, 'UF 110.00'],
  ])('%s: %i hours a month for %s', (id, hours, price) => {
    const plan = planFromPreset(presetById(id));
    expect(plan.period).toBe('month');
    expect(plan.includedMinutesPerPeriod).toBe(hours * 60);
    expect(formatMoney(plan.price)).toBe(price);
    expect(plan.overageRatePerHour && formatMoney(plan.overageRatePerHour)).toBe('UF 1.10');
    expect(plan.billing).toEqual({ every: 'month', timing: 'in_advance' });
    expect(plan.term).toEqual({ months: 6, autoRenew: true });
    expect(plan.consumption.minimumPerTicketMinutes).toBe(60);
    expect(plan.consumption.maximumPerTicketMinutes).toBe(480);
    expect(plan.consumption.approvalBeyondFirstContact).toBe(true);
    expect(plan.rolloverPeriods).toBe(1);
    expect(plan.responseTargets).toEqual({ high: 60, medium: 360, low: 480 });
    expect(plan.compliance).toEqual({
      targetPercent: 100,
      thresholdPercent: 90,
      minimumSample: 10,
      belowSample: 'deemed_met',
    });
  });

  it('Infinity PLUS needs its hours and price from the contract', () => {
    const preset = presetById('seed002-infinity-plus');
    expect(() => planFromPreset(preset)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'plan.includedMinutesPerPeriod' }),
    );
    const plan = planFromPreset(preset, {
      includedMinutesPerPeriod: 200 * 60,
      price: { amount: '200', currency: 'CLF' },
    });
    expect(plan.includedMinutesPerPeriod).toBe(12000);
  });
});

describe('seed 001 presets: yearly hours, 15-minute conversation minimum, incidents free', () => {
  it.each([
    ['seed001-enterprise', 120],
    ['seed001-premium', 720],
    ['seed001-starter', 600],
    ['seed001-partner-managed', null],
  ])('%s answers within %s business minutes', (id, target) => {
    const plan = planFromPreset(presetById(id), contractValues);
    expect(plan.period).toBe('year');
    expect(plan.responseTargets).toEqual({ high: target, medium: target, low: target });
    expect(plan.consumption.minimumPerConversationMinutes).toBe(15);
    expect(plan.consumption.freeKinds).toEqual(['incident']);
  });

  it('the seed does not state the yearly hours: the contract must', () => {
    const error = (() => {
      try {
        planFromPreset(presetById('seed001-premium'), {
          ...contractValues,
          includedMinutesPerPeriod: undefined,
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid_input', path: 'plan.includedMinutesPerPeriod' });
  });
});

describe('seed 004 agency retainer', () => {
  it('answers in 16 business hours, urgencies in 30 minutes, one decision-maker', () => {
    const plan = planFromPreset(presetById('seed004-agency-retainer'), contractValues);
    expect(plan.responseTargets).toEqual({ high: 960, medium: 960, low: 960 });
    expect(plan.urgentResponse).toEqual({ minutes: 30, calendarId: '24x7' });
    expect(plan.maxRequesters).toBe(1);
  });
});

describe('every preset', () => {
  it.each(planPresets.map((preset) => [preset.id, preset] as const))(
    '%s builds, cites its seed and round-trips as JSON',
    (_, preset) => {
      expect(preset.source).toMatch(/^seed 00[124]/);
      const currency = preset.params.overageRatePerHour?.currency ?? 'EUR';
      const needed = Object.fromEntries(
        preset.needs.map((field) => [field, contractValues[field as keyof typeof contractValues]]),
      );
      const plan = planFromPreset(preset, {
        ...needed,
        ...(preset.needs.includes('price') ? { price: { amount: '200', currency } } : {}),
      });
      const json = z.encode(planParamsSchema, plan);
      expect(planParamsSchema.parse(json)).toEqual(plan);
    },
  );

  it('an unknown preset is not_found', () => {
    expect(() => presetById('gold')).toThrow(
      expect.objectContaining({ code: 'not_found', path: 'presetId' }),
    );
  });
});
