/** Words for plan values (money, response targets, a preset's source) in the user's language. */
import { criticalities } from '../../domain/tickets/vocabulary.js';
import type { Preset } from '../api/plans.js';
import { hoursText } from '../desk/words.js';
import { formatMoney } from '../format.js';
import { type I18n, useI18n } from '../i18n.js';
import { sourceText } from './names.js';

/** "UF 60,00" / "USD 1.200,50": an API amount with its currency label, or a dash. */
export function moneyText(i18n: Pick<I18n, 't' | 'locale'>, value: unknown): string {
  if (typeof value !== 'object' || value === null) return i18n.t('common.none');
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  if (typeof amount !== 'string' || typeof currency !== 'string') return i18n.t('common.none');
  return formatMoney(i18n.locale, { amount, currency }) ?? i18n.t('common.none');
}

/** "High 1 h · Medium 6 h · Low 8 h": first-response targets in business hours. */
export function targetsText(i18n: Pick<I18n, 't' | 'locale'>, targets: unknown): string {
  if (typeof targets !== 'object' || targets === null) return i18n.t('common.none');
  const byCriticality = targets as Record<string, unknown>;
  return criticalities
    .map((c) => {
      const minutes = byCriticality[c];
      const value = typeof minutes === 'number' ? hoursText(i18n, minutes) : i18n.t('common.none');
      return `${i18n.t(`criticality.${c}`)} ${value}`;
    })
    .join(' · ');
}

const needWords = {
  includedMinutesPerPeriod: 'plans.field.hours',
  price: 'plans.field.price',
  billing: 'plans.field.billing',
  term: 'plans.field.term',
} as const;

/** "hours per period, price": the parameters a preset leaves open, in words. */
function needsText(t: I18n['t'], needs: readonly string[]): string {
  return needs
    .map((need) => (need in needWords ? t(needWords[need as keyof typeof needWords]) : need))
    .join(', ')
    .toLocaleLowerCase();
}

/** "50 h · UF 60,00": a preset's hours and price, when the seed states them. */
export function presetTerms(i18n: Pick<I18n, 't' | 'locale'>, preset: Preset): string {
  const minutes = preset.params.includedMinutesPerPeriod;
  if (typeof minutes !== 'number') return '';
  return `${hoursText(i18n, minutes)} · ${moneyText(i18n, preset.params.price)}`;
}

/** The seed clause a preset comes from and what it leaves for the plan to give. */
export function PresetSource({ preset }: { preset: Preset }) {
  const { t } = useI18n();
  return (
    <div className="rules-box">
      <p>
        <strong>{t('plans.col.source')}:</strong>{' '}
        <span lang="es">{sourceText(t, preset.source)}</span>
      </p>
      <p className="field__hint">
        {preset.needs.length > 0
          ? t('plans.needs', { fields: needsText(t, preset.needs) })
          : t('plans.needsNothing')}
      </p>
    </div>
  );
}
