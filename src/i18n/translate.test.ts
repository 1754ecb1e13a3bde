import { describe, expect, it } from 'vitest';
import { catalogs, locales, ruleText, translatePlural } from './translate.js';

describe('plural messages follow each language’s plural rules (Intl.PluralRules)', () => {
  it.each([
    ['en', 1, 'This calendar has 1 dated exception (override); it is kept. Edit it in JSON.'],
    [
      'en',
      0,
      'This calendar has 0 dated exceptions (overrides); they are kept. Edit them in JSON.',
    ],
    [
      'en',
      2,
      'This calendar has 2 dated exceptions (overrides); they are kept. Edit them in JSON.',
    ],
    ['es', 1, 'Este calendario tiene 1 excepción por fecha; se conserva. Edítela en JSON.'],
    ['es', 0, 'Este calendario tiene 0 excepciones por fecha; se conservan. Edítelas en JSON.'],
    [
      'es',
      1_000_000,
      'Este calendario tiene 1000000 excepciones por fecha; se conservan. Edítelas en JSON.',
    ],
  ] as const)('%s, %i', (locale, count, text) => {
    expect(translatePlural(locale, 'calendar.overridesKept', count)).toBe(text);
  });

  it('every plural message has its "one" and "other" forms in every language', () => {
    for (const locale of locales) {
      const keys = Object.keys(catalogs[locale]);
      const bases = new Set(
        keys.filter((key) => /\.(one|other)$/.test(key)).map((key) => key.replace(/\.\w+$/, '')),
      );
      for (const base of bases) {
        expect([locale, keys.includes(`${base}.one`), keys.includes(`${base}.other`)]).toEqual([
          locale,
          true,
          true,
        ]);
      }
    }
  });
});

describe('a broken rule reads in the user’s language from its key and parameters', () => {
  it.each([
    ['es', 'El contrato terminó el 2026-03-02; no se puede registrar trabajo posterior.'],
    ['en', 'The contract ended on 2026-03-02; no work can be logged after it.'],
  ] as const)('%s', (locale, sentence) => {
    expect(ruleText(locale, 'contracts.rule.contract_ended', { end: '2026-03-02' })).toBe(sentence);
  });

  it('a key no catalog has gives no sentence, so the screen keeps the server’s detail', () => {
    expect(ruleText('es', 'tickets.rule.no_such_rule', {})).toBeNull();
  });
});
