import { describe, expect, it } from 'vitest';
import { ticketKinds, urgencyTypes } from '../../domain/tickets/vocabulary.js';
import { type Locale, locales, translate } from '../../i18n/index.js';
import type { I18n } from '../i18n.js';
import { kindText } from './words.js';

const tIn = (locale: Locale) =>
  ((key, ...params) => translate(locale, key, ...params)) as I18n['t'];

describe('a ticket’s kind in words (issue 11 #5)', () => {
  for (const locale of locales) {
    it(`in ${locale}, every urgency type reads as words, never as its code`, () => {
      const t = tIn(locale);
      const texts = urgencyTypes.map((urgency) => kindText(t, { kind: 'urgency', urgency }));
      for (const [i, text] of texts.entries()) {
        expect(text).not.toContain('_');
        // the codes are English words: in Spanish none of them may show through
        if (locale === 'es') expect(text).not.toContain(urgencyTypes[i]?.replaceAll('_', ' '));
      }
      expect(new Set(texts).size).toBe(urgencyTypes.length);
    });

    it(`in ${locale}, every kind has its own word`, () => {
      const t = tIn(locale);
      const words = ticketKinds.map((kind) => kindText(t, { kind }));
      expect(words.every((word) => !word.includes('_'))).toBe(true);
      expect(new Set(words).size).toBe(ticketKinds.length);
    });
  }
});
