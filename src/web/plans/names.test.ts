import { describe, expect, it } from 'vitest';
import { planPresets } from '../../domain/plans/presets.js';
import { type Locale, locales, translate } from '../../i18n/index.js';
import type { I18n } from '../i18n.js';
import { calendarName, presetName, sourceText } from './names.js';

const tIn = (locale: Locale) =>
  ((key, ...params) => translate(locale, key, ...params)) as I18n['t'];

/** Every calendar id the presets name (the demo creates these calendars). */
const presetCalendars = [
  ...new Set(
    planPresets.flatMap((preset) => {
      const { calendarId, urgentResponse } = preset.params as {
        calendarId?: string;
        urgentResponse?: { calendarId?: string } | null;
      };
      return [calendarId, urgentResponse?.calendarId].filter((id): id is string => !!id);
    }),
  ),
];

describe('internal codes never reach people (issue 11 #5)', () => {
  for (const locale of locales) {
    const t = tIn(locale);
    it(`in ${locale}, every seed preset has a human name and its source names the agreement, not "seed 00N"`, () => {
      for (const preset of planPresets) {
        expect(presetName(t, preset)).not.toMatch(/seed/i);
        expect(sourceText(t, preset.source)).not.toMatch(/^seed \d/);
      }
      expect(presetName(t, { id: 'seed001-enterprise', name: 'Enterprise' })).toBe(
        locale === 'es' ? 'Cuenta Enterprise' : 'Enterprise account',
      );
    });

    it(`in ${locale}, every calendar the presets name reads as words, not as its id`, () => {
      expect(presetCalendars.length).toBeGreaterThanOrEqual(3);
      for (const id of presetCalendars) expect(calendarName(t, id)).not.toBe(id);
    });
  }

  it('names people gave themselves are shown as they are', () => {
    const t = tIn('es');
    expect(presetName(t, { id: 'custom', name: 'Mi plan' })).toBe('Mi plan');
    expect(calendarName(t, 'Oficina Lima')).toBe('Oficina Lima');
    expect(sourceText(t, 'acuerdo propio')).toBe('acuerdo propio');
  });
});
