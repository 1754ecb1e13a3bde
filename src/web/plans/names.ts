/**
 * Human names for what the seeds name by code: the plan presets ("seed001-enterprise"), the
 * agreements their clauses quote ("seed 001, SOPORTE: …") and the demo's calendars
 * ("seed-001-office-08-18-cet"), in the reader's language. A name with no translation (a plan
 * or calendar people named themselves) is shown as it is.
 */
import { catalogs, type MessageKey } from '../../i18n/index.js';
import type { I18n } from '../i18n.js';

type NameKey = Extract<MessageKey, `preset.${string}` | `calendarName.${string}`>;

function isNameKey(key: string): key is NameKey {
  return key in catalogs.en && (key.startsWith('preset.') || key.startsWith('calendarName.'));
}

/** The translated message `key`, or `fallback` when the catalog has no such message. */
function named(t: I18n['t'], key: string, fallback: string): string {
  return isNameKey(key) ? t(key) : fallback;
}

/** "Cuenta Enterprise" for the preset `seed001-enterprise`; its own name for others. */
export function presetName(t: I18n['t'], preset: { id: string; name: string }): string {
  return named(t, `preset.name.${preset.id}`, preset.name);
}

/** A calendar's name in words ("Oficina de Madrid, lun–vie 8:00–18:00…" for a demo calendar). */
export function calendarName(t: I18n['t'], name: string): string {
  return named(t, `calendarName.${name}`, name);
}

/** A preset's source with the agreement it quotes named ("Acuerdo de soporte…, SOPORTE: …"). */
export function sourceText(t: I18n['t'], source: string): string {
  const match = /^seed (\d{3}),\s*/.exec(source);
  if (!match) return source;
  return `${named(t, `preset.agreement.${match[1]}`, match[0])} — ${source.slice(match[0].length)}`;
}
