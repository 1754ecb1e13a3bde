/**
 * The plan form, for a new plan (from a seed preset or from nothing) and for editing one: the
 * parameters a preset leaves open as plain fields (hours per period in hours, price, billing,
 * term), name and calendar, and every other parameter as JSON for advanced use.
 */
import { useState } from 'react';
import { currencies } from '../../domain/money.js';
import type { StoredCalendar } from '../api/endpoints.js';
import { type Plan, type PlanParams, type Preset, plans } from '../api/plans.js';
import { minutesFromHours } from '../format.js';
import { useI18n } from '../i18n.js';
import { CreateForm } from '../ui/create-panel.js';
import { invalidField } from '../ui/errors.js';
import { Field, SelectField, TextField } from '../ui/field.js';
import { calendarName, presetName } from './names.js';
import { PresetSource } from './words.js';

/** The parameters the plain fields edit (every other one is in the JSON box). */
const plainKeys = ['includedMinutesPerPeriod', 'price', 'billing', 'term'] as const;
type PlainKey = (typeof plainKeys)[number];

const billingEvery = ['month', 'quarter', 'year'] as const;
const billingTiming = ['in_advance', 'in_arrears'] as const;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const text = (value: unknown, fallback = '') =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;

/** The form's values read from plan parameters. */
function initialValues(params: PlanParams) {
  const minutes = params.includedMinutesPerPeriod;
  const price = record(params.price);
  const billing = record(params.billing);
  const term = record(params.term);
  return {
    hours: typeof minutes === 'number' ? String(minutes / 60) : '',
    amount: text(price.amount),
    currency: text(price.currency, 'CLF'),
    every: text(billing.every, 'month'),
    timing: text(billing.timing, 'in_advance'),
    months: text(term.months, '12'),
    autoRenew: term.autoRenew !== false,
  };
}

/** The JSON of the parameters outside the plain fields and the calendar. */
function advancedJson(params: PlanParams, shown: readonly PlainKey[]): string {
  const rest = Object.fromEntries(
    Object.entries(params).filter(
      ([key]) => key !== 'calendarId' && !(shown as readonly string[]).includes(key),
    ),
  );
  return JSON.stringify(rest, null, 2);
}

/**
 * Creates a plan (`preset` null: from nothing, with `template` as the starting JSON) or, given
 * `plan`, replaces it; `onSaved` gets the stored plan.
 */
export function PlanForm(props: {
  plan?: Plan;
  preset: Preset | null;
  template: PlanParams;
  calendars: readonly StoredCalendar[];
  onSaved(plan: Plan): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const { plan, preset } = props;
  const base = plan?.params ?? preset?.params ?? props.template;
  const shown: readonly PlainKey[] =
    plan || !preset ? plainKeys : plainKeys.filter((key) => preset.needs.includes(key));
  const start = initialValues(base);
  const [name, setName] = useState(plan?.name ?? (preset ? presetName(t, preset) : ''));
  const [calendarId, setCalendarId] = useState(text(base.calendarId));
  const [hours, setHours] = useState(start.hours);
  const [amount, setAmount] = useState(start.amount);
  const [currency, setCurrency] = useState(start.currency);
  const [every, setEvery] = useState(start.every);
  const [timing, setTiming] = useState(start.timing);
  const [months, setMonths] = useState(start.months);
  const [autoRenew, setAutoRenew] = useState(start.autoRenew);
  const [json, setJson] = useState(() => advancedJson(base, shown));

  const paramsFromForm = (): PlanParams => {
    let advanced: unknown;
    try {
      advanced = JSON.parse(json === '' ? '{}' : json);
    } catch (failure) {
      throw invalidField('advanced', t('plans.jsonInvalid', { detail: String(failure) }));
    }
    if (typeof advanced !== 'object' || advanced === null || Array.isArray(advanced)) {
      throw invalidField('advanced', t('plans.jsonInvalid', { detail: typeof advanced }));
    }
    const params: PlanParams = { ...advanced, calendarId };
    if (shown.includes('includedMinutesPerPeriod')) {
      const minutes = minutesFromHours(locale, hours);
      if (Number.isNaN(minutes) && hours.trim() !== '0') {
        throw invalidField('includedMinutesPerPeriod', t('plans.hoursInvalid'));
      }
      params.includedMinutesPerPeriod = Number.isNaN(minutes) ? 0 : minutes;
    }
    if (shown.includes('price')) params.price = { amount: amount.trim(), currency };
    if (shown.includes('billing')) params.billing = { every, timing };
    if (shown.includes('term')) params.term = { months: Number(months), autoRenew };
    return params;
  };

  const save = async () => {
    const input = {
      name: name.trim(),
      presetId: plan ? plan.presetId : (preset?.id ?? null),
      params: paramsFromForm(),
    };
    return plan ? plans.replace(plan.id, input) : plans.create(input);
  };

  const calendarKnown = props.calendars.some((c) => c.name === calendarId || c.id === calendarId);
  return (
    <CreateForm
      id="plan-form-title"
      title={plan ? t('plans.editTitle', { name: plan.name }) : t('plans.new')}
      create={save}
      onCreated={props.onSaved}
      onCancel={props.onCancel}
      submit={plan ? { idle: t('common.save'), busy: t('common.saving') } : undefined}
    >
      {(error) => (
        <>
          {plan && <p className="alert alert--info">{t('plans.editWarning')}</p>}
          {preset && <PresetSource preset={preset} />}
          <div className="form-grid">
            <TextField
              path="name"
              label={t('plans.field.name')}
              error={error}
              value={name}
              onChange={setName}
            />
            <SelectField
              path="calendarId"
              label={t('plans.field.calendar')}
              hint={t('plans.field.calendarHint')}
              error={error}
              value={calendarId}
              onChange={setCalendarId}
              choices={[
                { value: '', label: t('common.choose') },
                ...(calendarKnown || calendarId === ''
                  ? []
                  : [{ value: calendarId, label: calendarId }]),
                ...props.calendars.map((c) => ({ value: c.name, label: calendarName(t, c.name) })),
              ]}
            />
            {shown.includes('includedMinutesPerPeriod') && (
              <TextField
                path="includedMinutesPerPeriod"
                label={t('plans.field.hours')}
                hint={t('plans.field.hoursHint')}
                error={error}
                value={hours}
                onChange={setHours}
              />
            )}
            {shown.includes('price') && (
              <>
                <TextField
                  path="price.amount"
                  label={t('plans.field.price')}
                  hint={t('plans.field.priceHint')}
                  error={error}
                  value={amount}
                  onChange={setAmount}
                />
                <CurrencyField error={error} value={currency} onChange={setCurrency} />
              </>
            )}
            {shown.includes('billing') && (
              <>
                <SelectField
                  path="billing.every"
                  label={t('plans.field.billingEvery')}
                  error={error}
                  value={every}
                  onChange={setEvery}
                  choices={billingEvery.map((v) => ({ value: v, label: t(`billing.every.${v}`) }))}
                />
                <SelectField
                  path="billing.timing"
                  label={t('plans.field.billingTiming')}
                  error={error}
                  value={timing}
                  onChange={setTiming}
                  choices={billingTiming.map((v) => ({ value: v, label: t(`billing.${v}`) }))}
                />
              </>
            )}
            {shown.includes('term') && (
              <>
                <TextField
                  path="term.months"
                  label={t('plans.field.termMonths')}
                  error={error}
                  value={months}
                  onChange={setMonths}
                />
                <label className="check">
                  <input
                    type="checkbox"
                    checked={autoRenew}
                    onChange={(event) => setAutoRenew(event.target.checked)}
                  />
                  {t('plans.field.autoRenew')}
                </label>
              </>
            )}
          </div>
          <details className="advanced">
            <summary>{t('plans.field.advanced')}</summary>
            <Field
              path="advanced"
              label={t('plans.field.advancedJson')}
              hint={t('plans.field.advancedHint')}
              error={error}
            >
              {(control) => (
                <textarea
                  {...control}
                  className="input input--code-block"
                  spellCheck={false}
                  value={json}
                  onChange={(event) => setJson(event.target.value)}
                />
              )}
            </Field>
          </details>
        </>
      )}
    </CreateForm>
  );
}

/** A currency select (ISO 4217 codes Pacta accepts; CLF shown as UF). */
export function CurrencyField(props: {
  path?: string;
  error: Parameters<typeof SelectField>[0]['error'];
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      path={props.path ?? 'price.currency'}
      label={t('plans.field.currency')}
      error={props.error}
      value={props.value}
      onChange={props.onChange}
      choices={Object.entries(currencies).map(([code, info]) => ({
        value: code,
        label: info.label === code ? code : `${code} (${info.label})`,
      }))}
    />
  );
}
