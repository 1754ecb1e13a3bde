/**
 * Exact money: an integer count of minor units (bigint) at the currency's ISO 4217 precision.
 * No binary floats anywhere; every division rounds half-up (half away from zero) and says so.
 */
import { z } from 'zod';
import { DomainError, invalidInput } from './errors.js';

/** How a currency is stored (ISO 4217 minor units) and shown (display decimals, label). */
export interface CurrencyInfo {
  readonly minorUnits: number;
  readonly displayDecimals: number;
  readonly label: string;
}

/**
 * The currencies Pacta accepts. Precision follows ISO 4217:
 * - CLF (Unidad de Fomento, "UF") keeps 4 decimals as ISO says, and is shown with 2 as Chilean
 *   contracts write it ("UF 1,10").
 * - COP keeps 2 decimals, the ISO minor unit (cash has no centavos, but invoices and rates may).
 * - CLP and PYG have no minor unit.
 */
export const currencies = {
  ARS: { minorUnits: 2, displayDecimals: 2, label: 'ARS' },
  BRL: { minorUnits: 2, displayDecimals: 2, label: 'BRL' },
  CAD: { minorUnits: 2, displayDecimals: 2, label: 'CAD' },
  CHF: { minorUnits: 2, displayDecimals: 2, label: 'CHF' },
  CLF: { minorUnits: 4, displayDecimals: 2, label: 'UF' },
  CLP: { minorUnits: 0, displayDecimals: 0, label: 'CLP' },
  COP: { minorUnits: 2, displayDecimals: 2, label: 'COP' },
  EUR: { minorUnits: 2, displayDecimals: 2, label: 'EUR' },
  GBP: { minorUnits: 2, displayDecimals: 2, label: 'GBP' },
  MXN: { minorUnits: 2, displayDecimals: 2, label: 'MXN' },
  PEN: { minorUnits: 2, displayDecimals: 2, label: 'PEN' },
  PYG: { minorUnits: 0, displayDecimals: 0, label: 'PYG' },
  USD: { minorUnits: 2, displayDecimals: 2, label: 'USD' },
  UYU: { minorUnits: 2, displayDecimals: 2, label: 'UYU' },
} as const satisfies Record<string, CurrencyInfo>;

/** An ISO 4217 code Pacta knows, e.g. `CLF`. */
export type CurrencyCode = keyof typeof currencies;

/** An exact amount: `minor` units of 10^-minorUnits of `currency` (CLF 1.10 is 11000n). */
export interface Money {
  readonly currency: CurrencyCode;
  readonly minor: bigint;
}

/** The JSON form of {@link Money}, used at every edge: a decimal string and a code. */
export interface MoneyJson {
  amount: string;
  currency: string;
}

/** Narrows a string to a known currency code. */
export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.hasOwn(currencies, code);
}

/** Checks a currency code, failing with invalid_input at `path` when Pacta does not know it. */
export function parseCurrency(code: string, path: string): CurrencyCode {
  if (!isCurrencyCode(code)) {
    throw invalidInput(
      path,
      `unknown currency "${code}"; expected one of ${Object.keys(currencies).join(', ')}`,
    );
  }
  return code;
}

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string ("1.10", "-3", "25.00") exactly. More decimals than the currency
 * holds are refused unless they are zeros, so nothing is rounded silently.
 */
export function parseMoney(amount: string, currency: string, path = 'amount'): Money {
  const code = parseCurrency(currency, `${path}.currency`);
  const match = decimalPattern.exec(amount.trim());
  if (!match) throw invalidInput(`${path}.amount`, `"${amount}" is not a decimal number like 1.10`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const places = currencies[code].minorUnits;
  const kept = fraction.slice(0, places);
  if (/[1-9]/.test(fraction.slice(places))) {
    throw invalidInput(`${path}.amount`, `${code} has ${places} decimals; "${amount}" has more`);
  }
  const digits = `${whole}${kept.padEnd(places, '0')}`;
  const minor = BigInt(digits);
  return { currency: code, minor: sign === '-' ? -minor : minor };
}

/** The zero amount of a currency, the start of any sum. */
export function zeroMoney(currency: CurrencyCode): Money {
  return { currency, minor: 0n };
}

function sameCurrency(a: Money, b: Money): CurrencyCode {
  if (a.currency !== b.currency) {
    throw new DomainError('invalid_input', `cannot combine ${a.currency} with ${b.currency}`);
  }
  return a.currency;
}

/** Adds two amounts of the same currency (different currencies are invalid_input). */
export function addMoney(a: Money, b: Money): Money {
  return { currency: sameCurrency(a, b), minor: a.minor + b.minor };
}

/** Divides exactly and rounds half away from zero, the rounding every Pacta amount uses. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new DomainError('invalid_input', 'division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/**
 * Hourly rate × minutes / 60, rounded half-up to the currency's minor unit: the price of
 * worked or overage time (UF 1.10 × 45 min = UF 0.8250).
 */
export function multiplyByMinutes(ratePerHour: Money, minutes: number): Money {
  if (!Number.isSafeInteger(minutes)) throw invalidInput('minutes', 'minutes must be an integer');
  return {
    currency: ratePerHour.currency,
    minor: divideHalfUp(ratePerHour.minor * BigInt(minutes), 60n),
  };
}

function digitsOf(minor: bigint, places: number): string {
  const absolute = (minor < 0n ? -minor : minor).toString().padStart(places + 1, '0');
  const whole = absolute.slice(0, absolute.length - places);
  return places === 0 ? whole : `${whole}.${absolute.slice(absolute.length - places)}`;
}

/** The exact decimal string at full ISO precision ("1.1000" for CLF), for storage and JSON. */
export function toDecimalString(money: Money): string {
  const sign = money.minor < 0n ? '-' : '';
  return `${sign}${digitsOf(money.minor, currencies[money.currency].minorUnits)}`;
}

/** The JSON form of an amount, the inverse of {@link parseMoney}. */
export function toMoneyJson(money: Money): MoneyJson {
  return { amount: toDecimalString(money), currency: money.currency };
}

/**
 * A neutral English rendering for logs, messages and tests: label, thousands with ",", the
 * display decimals rounded half-up ("UF 1.10", "EUR 1,234.50", "CLP 1,234,567").
 * Locale formatting for people happens at the edge.
 */
export function formatMoney(money: Money): string {
  const info: CurrencyInfo = currencies[money.currency];
  const shown = divideHalfUp(money.minor, 10n ** BigInt(info.minorUnits - info.displayDecimals));
  const [whole = '0', fraction] = digitsOf(shown, info.displayDecimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = shown < 0n ? '-' : '';
  return `${info.label} ${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Whether a value is a {@link Money} (for schemas and deep comparisons). */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Money>;
  return (
    typeof candidate.minor === 'bigint' &&
    typeof candidate.currency === 'string' &&
    isCurrencyCode(candidate.currency)
  );
}

/**
 * zod codec between {@link MoneyJson} and {@link Money}: validates and parses at the edge
 * (issues name `…amount` or `…currency`), and `z.encode` turns Money back into JSON.
 */
export const moneySchema = z.codec(
  z.object({ amount: z.string(), currency: z.string() }),
  z.custom<Money>(isMoney, 'expected an exact amount'),
  {
    decode: (value, ctx) => {
      try {
        return parseMoney(value.amount, value.currency, 'money');
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const field = error.path?.endsWith('currency') ? 'currency' : 'amount';
        ctx.issues.push({ code: 'custom', message: error.message, input: value, path: [field] });
        return zeroMoney('USD');
      }
    },
    encode: toMoneyJson,
  },
);

/** {@link moneySchema} for prices and rates, which are never negative (issue names `…amount`). */
export const nonNegativeMoneySchema = moneySchema.refine((money) => money.minor >= 0n, {
  message: 'must not be negative',
  path: ['amount'],
});
