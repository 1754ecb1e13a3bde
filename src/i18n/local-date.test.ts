import { describe, expect, it } from 'vitest';
import { localDateText } from './local-date.js';

describe('dates written out in mail', () => {
  it('a date reads as the day it names in each language, at the ends of months and years', () => {
    const cases: [string, string, string][] = [
      ['2026-03-31', '31 de marzo de 2026', 'March 31, 2026'],
      ['2026-01-01', '1 de enero de 2026', 'January 1, 2026'],
      ['2025-12-31', '31 de diciembre de 2025', 'December 31, 2025'],
      ['2028-02-29', '29 de febrero de 2028', 'February 29, 2028'],
      ['0050-06-15', '15 de junio de 50', 'June 15, 50'],
    ];
    for (const [date, es, en] of cases) {
      expect([localDateText('es', date), localDateText('en', date)]).toEqual([es, en]);
    }
  });

  it('a value that is not a date is left as it came', () => {
    expect(localDateText('es', '2026-3-1')).toBe('2026-3-1');
  });
});
