import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from './errors.js';
import {
  addMoney,
  divideHalfUp,
  formatMoney,
  type Money,
  moneySchema,
  multiplyByMinutes,
  parseMoney,
  toDecimalString,
} from './money.js';

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parseMoney keeps every decimal exactly at ISO precision', () => {
  it.each([
    ['1.10', 'CLF', 11000n],
    ['25', 'CLF', 250000n],
    ['0.0001', 'CLF', 1n],
    ['1.1000', 'CLF', 11000n],
    ['-3.5', 'EUR', -350n],
    ['1234567', 'CLP', 1234567n],
    ['1200000.50', 'COP', 120000050n],
    ['19.990', 'USD', 1999n],
  ])('%s %s is %s minor units', (amount, currency, minor) => {
    expect(parseMoney(amount, currency).minor).toBe(minor);
  });
});

describe('bad money input names the field', () => {
  it.each([
    ['1.10', 'UF', 'price.currency', /unknown currency "UF"/],
    ['1.10', 'XXX', 'price.currency', /unknown currency/],
    ['1,10', 'CLF', 'price.amount', /not a decimal/],
    ['1.00001', 'CLF', 'price.amount', /4 decimals/],
    ['10.5', 'CLP', 'price.amount', /0 decimals/],
    ['', 'EUR', 'price.amount', /not a decimal/],
    ['1e3', 'EUR', 'price.amount', /not a decimal/],
  ])('%s %s fails at %s', (amount, currency, path, message) => {
    const error = errorOf(() => parseMoney(amount, currency, 'price'));
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it('the zod codec reports the same field under its own path', () => {
    const schema = z.object({ rate: moneySchema });
    const result = schema.safeParse({ rate: { amount: '1.10', currency: 'UF' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rate', 'currency']);
  });
});

describe('multiplyByMinutes is rate × minutes / 60 rounded half-up to the currency', () => {
  it.each([
    ['1.10', 'CLF', 60, '1.1000'],
    ['1.10', 'CLF', 90, '1.6500'],
    ['1.10', 'CLF', 45, '0.8250'],
    ['1.10', 'CLF', 100, '1.8333'], // 1.833333…
    ['1.10', 'CLF', 1, '0.0183'], // 0.018333…
    ['0.0003', 'CLF', 30, '0.0002'], // 0.00015 → half up
    ['0.03', 'EUR', 30, '0.02'], // 0.015 → half up
    ['0.03', 'EUR', 10, '0.01'], // 0.005 → half up
    ['0.02', 'EUR', 10, '0.00'], // 0.00333…
    ['-0.03', 'EUR', 30, '-0.02'], // half away from zero
    ['1000', 'CLP', 1, '17'], // 16.67
    ['45000', 'COP', 20, '15000.00'],
    ['1.10', 'CLF', 0, '0.0000'],
  ])('%s %s per hour × %i min = %s', (rate, currency, minutes, expected) => {
    expect(toDecimalString(multiplyByMinutes(parseMoney(rate, currency), minutes))).toBe(expected);
  });

  it('refuses fractional minutes', () => {
    expect(errorOf(() => multiplyByMinutes(parseMoney('1', 'EUR'), 1.5)).path).toBe('minutes');
  });
});

describe('divideHalfUp rounds halves away from zero', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [-4n, 3n, -1n],
    [7n, -2n, -4n],
  ])('%s / %s = %s', (n, d, q) => {
    expect(divideHalfUp(n, d)).toBe(q);
  });
});

describe('formatMoney shows display decimals (CLF with 2) rounded half-up', () => {
  it.each([
    ['1.10', 'CLF', 'UF 1.10'],
    ['1.1050', 'CLF', 'UF 1.11'],
    ['1.1049', 'CLF', 'UF 1.10'],
    ['110', 'CLF', 'UF 110.00'],
    ['-0.0050', 'CLF', 'UF -0.01'],
    ['1234.5', 'EUR', 'EUR 1,234.50'],
    ['1234567', 'CLP', 'CLP 1,234,567'],
    ['0.05', 'USD', 'USD 0.05'],
    ['-1000000', 'COP', 'COP -1,000,000.00'],
  ])('%s %s → %s', (amount, currency, shown) => {
    expect(formatMoney(parseMoney(amount, currency))).toBe(shown);
  });

  it('toDecimalString keeps the full ISO precision for storage', () => {
    expect(toDecimalString(parseMoney('1.1', 'CLF'))).toBe('1.1000');
    expect(toDecimalString(parseMoney('-0.05', 'EUR'))).toBe('-0.05');
    expect(toDecimalString(parseMoney('7', 'CLP'))).toBe('7');
  });
});

describe('sums are exact and never mix currencies', () => {
  it('adds 0.1 ten times to exactly 1', () => {
    const tenth = parseMoney('0.10', 'USD');
    const total = Array.from({ length: 10 }).reduce<Money>(
      (sum) => addMoney(sum, tenth),
      parseMoney('0', 'USD'),
    );
    expect(toDecimalString(total)).toBe('1.00');
  });

  it('refuses to add UF to pesos', () => {
    expect(errorOf(() => addMoney(parseMoney('1', 'CLF'), parseMoney('1', 'CLP'))).code).toBe(
      'invalid_input',
    );
  });

  it('z.encode gives the JSON form back', () => {
    expect(z.encode(moneySchema, parseMoney('25', 'CLF'))).toEqual({
      amount: '25.0000',
      currency: 'CLF',
    });
  });
});
