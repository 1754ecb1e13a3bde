import { describe, expect, it } from 'vitest';
import { buildQuoteContent, ufRate } from '../../../test/factories/quotes.js';
import { parseMoney, toDecimalString } from '../money.js';
import { lineAmount, parseQuoteContent, type QuoteLine, quoteTotals } from './content.js';

function hours(minutes: number, rate: string, currency: string): QuoteLine {
  return { kind: 'hours', description: 'work', minutes, ratePerHour: parseMoney(rate, currency) };
}

describe('quote amounts are exact', () => {
  it("a line's amount is hours × rate, rounded half-up to the currency's minor unit", () => {
    const cases: [minutes: number, rate: string, currency: string, amount: string][] = [
      [20, '1.10', 'CLF', '0.3667'], // 1.10 × 20 / 60 = 0.36666… (UF keeps 4 decimals)
      [45, '1.10', 'CLF', '0.8250'],
      [1200, '1.10', 'CLF', '22.0000'],
      [1, '1.10', 'CLF', '0.0183'], // 0.018333…
      [50, '85.00', 'EUR', '70.83'], // 70.8333…
      [7, '99.99', 'USD', '11.67'], // 11.6655 → half-up
      [90, '150000.00', 'COP', '225000.00'],
      [25, '45000', 'CLP', '18750'],
      [1, '1', 'CLP', '0'], // 0.0166… rounds to nothing in a currency without decimals
    ];
    for (const [minutes, rate, currency, amount] of cases) {
      expect(toDecimalString(lineAmount(hours(minutes, rate, currency))), `${minutes} min`).toBe(
        amount,
      );
    }
  });

  it('a quote total is the sum of its rounded lines, and its hours the sum of its hours lines', () => {
    const cases: [lines: QuoteLine[], minutes: number, amount: string][] = [
      [
        [hours(20, '1.10', 'CLF'), hours(20, '1.10', 'CLF'), hours(20, '1.10', 'CLF')],
        60,
        '1.1001',
      ],
      [buildQuoteContent().lines as QuoteLine[], 1200, '22.0000'],
      [
        [
          hours(90, '1.10', 'CLF'),
          { kind: 'fixed', description: 'licence', amount: parseMoney('3.5', 'CLF') },
        ],
        90,
        '5.1500',
      ],
      [[{ kind: 'fixed', description: 'licence', amount: parseMoney('2', 'CLF') }], 0, '2.0000'],
    ];
    for (const [lines, minutes, amount] of cases) {
      const totals = quoteTotals(buildQuoteContent({ lines }), 'CLF');
      expect(totals.minutes).toBe(minutes);
      expect(toDecimalString(totals.amount)).toBe(amount);
    }
  });
});

describe('quote content from JSON', () => {
  const line = {
    kind: 'hours',
    description: 'Scoring',
    minutes: 60,
    ratePerHour: { amount: '1.10', currency: 'CLF' },
  };
  const valid = { title: 'Scoring', lines: [line], validUntil: '2026-03-31', terms: '' };

  it('parses amounts exactly in the contract currency', () => {
    const content = parseQuoteContent(valid, 'CLF');
    expect(content.lines[0]).toEqual({ ...line, ratePerHour: ufRate });
  });

  it('refuses bad input with the field at fault', () => {
    const cases: [input: unknown, path: string][] = [
      [{ ...valid, title: '  ' }, 'quote.title'],
      [{ ...valid, lines: [] }, 'quote.lines'],
      [{ ...valid, lines: [{ ...line, minutes: 0 }] }, 'quote.lines[0].minutes'],
      [{ ...valid, lines: [{ ...line, minutes: 1.5 }] }, 'quote.lines[0].minutes'],
      [{ ...valid, lines: [{ ...line, kind: 'days' }] }, 'quote.lines[0].kind'],
      [
        {
          ...valid,
          lines: [line, { ...line, ratePerHour: { amount: '1.10001', currency: 'CLF' } }],
        },
        'quote.lines[1].ratePerHour.amount',
      ],
      [
        { ...valid, lines: [line, { ...line, ratePerHour: { amount: '85', currency: 'EUR' } }] },
        'quote.lines[1].ratePerHour.currency',
      ],
      [
        {
          ...valid,
          lines: [{ kind: 'fixed', description: 'x', amount: { amount: '0', currency: 'CLF' } }],
        },
        'quote.lines[0].amount.amount',
      ],
      [
        {
          ...valid,
          lines: [{ kind: 'fixed', description: 'x', amount: { amount: '-2', currency: 'CLF' } }],
        },
        'quote.lines[0].amount.amount',
      ],
      [{ ...valid, validUntil: '2026-02-30' }, 'quote.validUntil'],
      [{ ...valid, extra: 1 }, 'quote'],
    ];
    for (const [input, path] of cases) {
      expect(() => parseQuoteContent(input, 'CLF'), path).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
  });
});
