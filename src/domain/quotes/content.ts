/**
 * What a quote offers: a title, lines of estimated hours × an hourly rate or fixed amounts, a
 * validity date and terms, in the contract's currency with exact decimals (money.ts).
 *
 * A line's amount is rounded half-up to the currency's minor unit (CLF keeps 4 decimals:
 * UF 1.10 × 20 min = UF 0.3667); the total is the sum of the rounded lines, so the lines
 * shown always add up to the total shown.
 */
import { z } from 'zod';
import { invalidInput } from '../errors.js';
import {
  addMoney,
  type CurrencyCode,
  type Money,
  moneySchema,
  multiplyByMinutes,
  zeroMoney,
} from '../money.js';
import { parseOrThrow } from '../plans/params.js';
import { type LocalDate, localDateSchema } from '../time/index.js';

/** Estimated work: `minutes` at `ratePerHour`. */
export interface HoursLine {
  readonly kind: 'hours';
  readonly description: string;
  readonly minutes: number;
  readonly ratePerHour: Money;
}

/** A fixed amount (a licence, a fixed-price deliverable): no hours. */
export interface FixedLine {
  readonly kind: 'fixed';
  readonly description: string;
  readonly amount: Money;
}

/** One line of a quote. */
export type QuoteLine = HoursLine | FixedLine;

/** The revisable content of a quote version. */
export interface QuoteContent {
  readonly title: string;
  readonly lines: readonly QuoteLine[];
  /** Last day the client may accept this version (in the contract's local dates). */
  readonly validUntil: LocalDate;
  readonly terms: string;
}

/** A quote's hours and price. */
export interface QuoteTotals {
  /** Estimated minutes over the hours lines (fixed lines add none). */
  readonly minutes: number;
  readonly amount: Money;
}

const description = z.string().trim().min(1).max(500);
const maxLineMinutes = 10_000 * 60;

/** zod schema of one line in JSON form (amounts as `{ amount, currency }`). */
export const quoteLineSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('hours'),
    description,
    minutes: z.number().int().positive().max(maxLineMinutes),
    ratePerHour: moneySchema,
  }),
  z.strictObject({ kind: z.literal('fixed'), description, amount: moneySchema }),
]);

/** zod schema of a quote's content in JSON form (cross-checks are in {@link checkQuoteContent}). */
export const quoteContentSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  lines: z.array(quoteLineSchema).min(1).max(200),
  validUntil: localDateSchema,
  terms: z.string().trim().max(10_000),
});

/**
 * Checks what the schema cannot: every amount in the quote's `currency` (the contract's) and
 * positive, whole positive minutes, at least one line. Errors name the field under `path`.
 */
export function checkQuoteContent(
  content: QuoteContent,
  currency: CurrencyCode,
  path: string,
): void {
  if (content.title.trim() === '') throw invalidInput(`${path}.title`, 'required');
  if (content.lines.length === 0) throw invalidInput(`${path}.lines`, 'a quote needs a line');
  content.lines.forEach((line, index) => {
    const at = `${path}.lines[${index}]`;
    if (line.description.trim() === '') throw invalidInput(`${at}.description`, 'required');
    const money = line.kind === 'hours' ? line.ratePerHour : line.amount;
    const field = line.kind === 'hours' ? `${at}.ratePerHour` : `${at}.amount`;
    if (money.currency !== currency) {
      throw invalidInput(`${field}.currency`, `must be the contract's currency (${currency})`);
    }
    if (money.minor <= 0n) throw invalidInput(`${field}.amount`, 'must be more than zero');
    if (line.kind === 'hours' && (!Number.isSafeInteger(line.minutes) || line.minutes <= 0)) {
      throw invalidInput(`${at}.minutes`, 'must be a whole number of minutes ≥ 1');
    }
  });
}

/** Parses a quote's content from JSON and checks it against the contract's currency. */
export function parseQuoteContent(
  input: unknown,
  currency: CurrencyCode,
  path = 'quote',
): QuoteContent {
  const content: QuoteContent = parseOrThrow(quoteContentSchema, input, path);
  checkQuoteContent(content, currency, path);
  return content;
}

/** A line's amount: hours × rate rounded half-up to the minor unit, or the fixed amount. */
export function lineAmount(line: QuoteLine): Money {
  return line.kind === 'hours' ? multiplyByMinutes(line.ratePerHour, line.minutes) : line.amount;
}

/** The hours and price of a quote's content (the sum of its rounded lines). */
export function quoteTotals(content: QuoteContent, currency: CurrencyCode): QuoteTotals {
  return content.lines.reduce<QuoteTotals>(
    (totals, line) => ({
      minutes: totals.minutes + (line.kind === 'hours' ? line.minutes : 0),
      amount: addMoney(totals.amount, lineAmount(line)),
    }),
    { minutes: 0, amount: zeroMoney(currency) },
  );
}
