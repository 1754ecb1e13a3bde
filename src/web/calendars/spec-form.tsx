/**
 * The calendar spec as a form: time zone, one row per weekday with its intervals, holidays and
 * holiday regions. Every control's id comes from its spec path, so an API error such as
 * `body.spec.week.mon[1][0]` lands next to the input it names.
 */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { describedBy, FieldError, fieldId } from '../ui/errors.js';
import { ZoneField } from '../ui/zone-field.js';
import type { CalendarSpec, HolidayRegion, Interval, Weekday } from './spec.js';
import { weekdays } from './spec.js';

function focusSoon(path: string) {
  requestAnimationFrame(() => document.getElementById(fieldId(path))?.focus());
}

function TimeInput(props: {
  path: string;
  label: string;
  value: string;
  error: ApiError | null;
  onChange(value: string): void;
}) {
  const id = fieldId(props.path);
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="input input--time"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder="HH:MM"
        maxLength={8}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        {...describedBy(props.error, props.path)}
      />
    </>
  );
}

function DayRow(props: {
  day: Weekday;
  intervals: Interval[];
  error: ApiError | null;
  onChange(intervals: Interval[]): void;
}) {
  const { t } = useI18n();
  const { day, intervals } = props;
  const dayName = t(`weekday.${day}`);
  const base = `spec.week.${day}`;
  const setAt = (index: number, side: 0 | 1, value: string) =>
    props.onChange(
      intervals.map((pair, i): Interval => {
        if (i !== index) return pair;
        return side === 0 ? [value, pair[1]] : [pair[0], value];
      }),
    );
  const add = () => {
    const next: Interval = intervals.length === 0 ? ['09:00', '18:00'] : ['', ''];
    props.onChange([...intervals, next]);
    focusSoon(`${base}[${intervals.length}][0]`);
  };
  return (
    <fieldset className="day" id={fieldId(base)}>
      <legend className="day__name">{dayName}</legend>
      <div className="day__intervals">
        {intervals.length === 0 && <span className="day__closed">{t('calendar.closed')}</span>}
        {intervals.map(([start, end], index) => {
          const path = `${base}[${index}]`;
          const number = index + 1;
          return (
            <fieldset
              // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity but their place
              key={index}
              className="interval"
              id={fieldId(path)}
            >
              <legend className="sr-only">
                {t('calendar.interval', { day: dayName, number })}
              </legend>
              <div className="interval__controls">
                <TimeInput
                  path={`${path}[0]`}
                  label={t('calendar.opens')}
                  value={start}
                  error={props.error}
                  onChange={(value) => setAt(index, 0, value)}
                />
                <span className="interval__dash" aria-hidden="true">
                  –
                </span>
                <TimeInput
                  path={`${path}[1]`}
                  label={t('calendar.closes')}
                  value={end}
                  error={props.error}
                  onChange={(value) => setAt(index, 1, value)}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('calendar.removeInterval', { number, day: dayName })}
                  title={t('common.remove')}
                  onClick={() => props.onChange(intervals.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </div>
              <FieldError error={props.error} path={path} />
              <FieldError error={props.error} path={`${path}[0]`} />
              <FieldError error={props.error} path={`${path}[1]`} />
            </fieldset>
          );
        })}
        <button
          type="button"
          className="icon-button icon-button--add"
          aria-label={t('calendar.addIntervalTo', { day: dayName })}
          title={t('calendar.addInterval')}
          onClick={add}
        >
          +
        </button>
      </div>
      <FieldError error={props.error} path={base} />
    </fieldset>
  );
}

function ListControls<T>(props: {
  items: T[];
  render(item: T, index: number): ReactNode;
  addLabel: string;
  removeLabel(number: number): string;
  blank: T;
  focusPath(index: number): string;
  onChange(items: T[]): void;
}) {
  return (
    <>
      {props.items.length > 0 && (
        <ul className="rows">
          {props.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <li key={index} className="rows__row">
              {props.render(item, index)}
              <button
                type="button"
                className="icon-button"
                aria-label={props.removeLabel(index + 1)}
                onClick={() => props.onChange(props.items.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => {
          props.onChange([...props.items, props.blank]);
          focusSoon(props.focusPath(props.items.length));
        }}
      >
        + {props.addLabel}
      </button>
    </>
  );
}

/** The form; `onChange` receives the whole new spec (unknown parts kept). */
export function SpecForm(props: {
  spec: CalendarSpec;
  error: ApiError | null;
  onChange(spec: CalendarSpec): void;
}) {
  const { t, plural } = useI18n();
  const { spec, error } = props;
  const update = (patch: Partial<CalendarSpec>) => props.onChange({ ...spec, ...patch });
  const setDay = (day: Weekday, intervals: Interval[]) => {
    const week = { ...spec.week };
    if (intervals.length === 0) delete week[day];
    else week[day] = intervals;
    update({ week });
  };
  const copyMonday = () => {
    const monday = spec.week.mon ?? [];
    const week = { ...spec.week };
    for (const day of ['tue', 'wed', 'thu', 'fri'] as const) {
      if (monday.length === 0) delete week[day];
      else week[day] = monday.map(([a, b]): Interval => [a, b]);
    }
    update({ week });
  };
  const holidays = spec.holidays ?? [];
  const regions = spec.holidayRegions ?? [];
  const overrides = Object.keys(spec.overrides ?? {}).length;
  return (
    <div className="spec-form">
      <ZoneField
        path="spec.timeZone"
        label={t('calendar.field.timeZone')}
        hint={t('calendar.field.timeZoneHint')}
        className="field--narrow"
        listId="time-zones"
        error={error}
        value={spec.timeZone}
        onChange={(timeZone) => update({ timeZone })}
      />

      <section className="spec-form__section" aria-labelledby="week-title">
        <div className="section-title">
          <h3 id="week-title">{t('calendar.week')}</h3>
          <button type="button" className="button button--ghost button--small" onClick={copyMonday}>
            {t('calendar.copyMonday')}
          </button>
        </div>
        <p className="field__hint">{t('calendar.weekHint')}</p>
        <FieldError error={error} path="spec.week" />
        <div className="week">
          {weekdays.map((day) => (
            <DayRow
              key={day}
              day={day}
              intervals={spec.week[day] ?? []}
              error={error}
              onChange={(intervals) => setDay(day, intervals)}
            />
          ))}
        </div>
      </section>

      <section className="spec-form__section" aria-labelledby="holidays-title">
        <h3 id="holidays-title">{t('calendar.holidays')}</h3>
        <p className="field__hint">{t('calendar.holidaysHint')}</p>
        <ListControls
          items={holidays}
          blank=""
          addLabel={t('calendar.addHoliday')}
          removeLabel={(number) => t('calendar.removeHoliday', { number })}
          focusPath={(index) => `spec.holidays[${index}]`}
          onChange={(list) => update({ holidays: list })}
          render={(date, index) => {
            const path = `spec.holidays[${index}]`;
            return (
              <div className="rows__fields">
                <label className="sr-only" htmlFor={fieldId(path)}>
                  {t('calendar.holidayDate', { number: index + 1 })}
                </label>
                <input
                  id={fieldId(path)}
                  className="input input--date"
                  type="date"
                  value={date}
                  onChange={(event) =>
                    update({
                      holidays: holidays.map((d, i) => (i === index ? event.target.value : d)),
                    })
                  }
                  {...describedBy(error, path)}
                />
                <FieldError error={error} path={path} />
              </div>
            );
          }}
        />
      </section>

      <section className="spec-form__section" aria-labelledby="regions-title">
        <h3 id="regions-title">{t('calendar.regions')}</h3>
        <p className="field__hint">{t('calendar.regionsHint')}</p>
        <ListControls<HolidayRegion>
          items={regions}
          blank={{ country: '' }}
          addLabel={t('calendar.addRegion')}
          removeLabel={(number) => t('calendar.removeRegion', { number })}
          focusPath={(index) => `spec.holidayRegions[${index}].country`}
          onChange={(list) => update({ holidayRegions: list })}
          render={(region, index) => {
            const path = `spec.holidayRegions[${index}]`;
            const set = (patch: Partial<HolidayRegion>) => {
              const next = { ...region, ...patch };
              if (!next.region) delete next.region;
              update({ holidayRegions: regions.map((r, i) => (i === index ? next : r)) });
            };
            return (
              <fieldset className="rows__fields">
                <legend className="sr-only">
                  {t('calendar.regionRow', { number: index + 1 })}
                </legend>
                {(['country', 'region'] as const).map((part) => (
                  <div className="rows__pair" key={part}>
                    <label className="rows__label" htmlFor={fieldId(`${path}.${part}`)}>
                      {t(`calendar.${part}`)}
                    </label>
                    <input
                      id={fieldId(`${path}.${part}`)}
                      className="input input--code"
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={10}
                      value={region[part] ?? ''}
                      onChange={(event) => set({ [part]: event.target.value.toUpperCase() })}
                      {...describedBy(error, `${path}.${part}`)}
                    />
                    <FieldError error={error} path={`${path}.${part}`} />
                  </div>
                ))}
              </fieldset>
            );
          }}
        />
      </section>
      {overrides > 0 && <p className="muted">{plural('calendar.overridesKept', overrides)}</p>}
    </div>
  );
}
