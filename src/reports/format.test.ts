import { describe, expect, it } from 'vitest';
import { parseMoney } from '../domain/money.js';
import { moneyText } from '../i18n/index.js';
import { cellText, dateText, minutesText } from './format.js';
import { periodText } from './words.js';

describe('how values read', () => {
  it.each([
    ['CLF', '1234.5', 'es', 'UF 1.234,5000'],
    ['CLF', '1.1', 'en', 'UF 1.1000'],
    ['EUR', '1234.5', 'en', 'EUR 1,234.50'],
    ['COP', '79166.67', 'es', 'COP 79.166,67'],
    ['CLP', '29167', 'es', 'CLP 29.167'],
    ['USD', '-7', 'en', 'USD -7.00'],
  ] as const)(
    '%s %s in %s is "%s": the currency’s ISO decimals, exact',
    (currency, amount, locale, text) => {
      expect(moneyText(parseMoney(amount, currency), locale)).toBe(text);
    },
  );

  it('durations are h:mm to the minute, signed', () => {
    expect([0, 59, 60, 1000, -30, 6000].map(minutesText)).toEqual([
      '0:00',
      '0:59',
      '1:00',
      '16:40',
      '-0:30',
      '100:00',
    ]);
    expect(cellText({ kind: 'minutes', minutes: -2500 }, 'es')).toBe('-41:40 h');
  });

  it('hundredths keep two decimals in the locale’s marks', () => {
    expect(cellText({ kind: 'hundredths', value: 8947, percent: true }, 'es')).toBe('89,47 %');
    expect(cellText({ kind: 'hundredths', value: -480, percent: true }, 'en')).toBe('-4.80 %');
    expect(cellText({ kind: 'count', value: 7_105_000 }, 'es')).toBe('7.105.000');
  });

  it('dates are dd-mm-yyyy in Spanish and ISO in English; calendar months by name', () => {
    expect(dateText('2025-01-05', 'es')).toBe('05-01-2025');
    expect(dateText('2025-01-05', 'en')).toBe('2025-01-05');
    expect(periodText('es', { start: '2025-09-01', lastDay: '2025-09-30' })).toBe(
      'septiembre de 2025',
    );
    expect(periodText('en', { start: '2025-02-01', lastDay: '2025-02-28' })).toBe('February 2025');
    expect(periodText('es', { start: '2025-01-15', lastDay: '2025-02-14' })).toBe(
      'del 15-01-2025 al 14-02-2025',
    );
  });
});
