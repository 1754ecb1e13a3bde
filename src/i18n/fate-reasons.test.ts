import { describe, expect, it } from 'vitest';
import { fateReasons, ignoreReasons, quarantineReasons } from '../domain/mail/fate.js';
import { fateReasonText } from './fate-reasons.js';
import { catalogs, locales } from './index.js';

describe('the fates of received mail read in words', () => {
  it('every quarantine and ignore reason has its own sentence in Spanish and English', () => {
    for (const locale of locales) {
      const texts = fateReasons.map((reason) => fateReasonText(locale, reason));
      const untranslated = fateReasons.filter(
        (reason, i) => texts[i] === reason || texts[i]?.startsWith('mail.reason.'),
      );
      expect([locale, untranslated]).toEqual([locale, []]);
      expect(new Set(texts).size).toBe(fateReasons.length);
    }
    const same = fateReasons.filter((r) => fateReasonText('es', r) === fateReasonText('en', r));
    expect(same).toEqual([]);
  });

  it('no catalog keeps words for a reason the domain no longer gives', () => {
    const known = new Set(fateReasons.map((reason) => `mail.reason.${reason}`));
    for (const locale of locales) {
      const stale = Object.keys(catalogs[locale]).filter(
        (key) => key.startsWith('mail.reason.') && !known.has(key),
      );
      expect([locale, stale]).toEqual([locale, []]);
    }
  });

  it.each([
    ['es', 'unknown_sender', 'No se conoce a nadie con esta dirección.'],
    ['en', 'unknown_sender', 'Nobody with this address is known.'],
    ['es', 'several_contracts', 'varios contratos'],
    ['en', 'own_notification', 'One of our own notices came back.'],
    ['es', 'delivery_status_report', 'rebote'],
    ['en', 'duplicate', 'same Message-ID'],
  ] as const)('%s: %s reads "%s"', (locale, reason, words) => {
    expect(fateReasonText(locale, reason)).toContain(words);
  });

  it('the two lists never share a reason, so a reason names its fate', () => {
    const shared = quarantineReasons.filter((r) =>
      (ignoreReasons as readonly string[]).includes(r),
    );
    expect(shared).toEqual([]);
  });
});
