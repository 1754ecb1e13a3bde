/**
 * The ticket's planning estimate, for the provider's staff: the time the work is expected to take
 * and the month it is planned for. The monthly planning forecasts each month from the estimates
 * of its open tickets.
 */
import { type FormEvent, useState } from 'react';
import { maxEstimateMinutes } from '../../domain/reports/index.js';
import { reportsApi, type TicketEstimate } from '../api/reports.js';
import { calendarPeriod } from '../format.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary, FieldError } from '../ui/errors.js';
import { Notice } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { hoursText } from './words.js';
import { TimePart, typedMinutes } from './work-panel.js';

function EstimateForm({
  view,
  onSaved,
}: {
  view: TicketEstimate;
  onSaved(view: TicketEstimate, message: string): void;
}) {
  const { t, locale } = useI18n();
  const action = useAction();
  const [hoursTyped, setHoursTyped] = useState('');
  const [minutesTyped, setMinutesTyped] = useState('');
  const [period, setPeriod] = useState(view.estimate?.start ?? view.periods[0]?.start ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = typedMinutes(locale, hoursTyped, minutesTyped);
    const wrong = Number.isNaN(minutes) || minutes < 1 || minutes > maxEstimateMinutes;
    setInvalid(wrong);
    if (wrong) return;
    void action.run(
      () => reportsApi.setEstimate(view.ticketId, minutes, period),
      (next) => {
        setHoursTyped('');
        setMinutesTyped('');
        onSaved(next, t('reports.estimate.saved'));
      },
    );
  };
  const clear = () =>
    void action.run(
      () => reportsApi.clearEstimate(view.ticketId),
      (next) => onSaved(next, t('reports.estimate.cleared')),
    );
  return (
    <>
      <ErrorSummary error={action.error} />
      <form className="form" onSubmit={submit} noValidate>
        <div className="time-fields">
          <TimePart
            id="estimate-hours"
            hintId="estimate-hint"
            label={t('reports.estimate.hours')}
            decimals
            value={hoursTyped}
            invalid={invalid}
            onChange={setHoursTyped}
          />
          <TimePart
            id="estimate-minutes"
            hintId="estimate-hint"
            label={t('reports.estimate.minutes')}
            decimals={false}
            value={minutesTyped}
            invalid={invalid}
            onChange={setMinutesTyped}
          />
        </div>
        <p className={invalid ? 'field-error' : 'field__hint'} id="estimate-hint">
          {invalid ? t('time.hoursInvalid') : t('reports.estimate.hint')}
        </p>
        <FieldError error={action.error} path="body.minutes" />
        <label className="field">
          <span className="field__label">{t('reports.estimate.period')}</span>
          <select className="input" value={period} onChange={(e) => setPeriod(e.target.value)}>
            {view.periods.map((p) => (
              <option key={p.start} value={p.start}>
                {calendarPeriod(locale, p.start, p.lastDay)}
              </option>
            ))}
          </select>
        </label>
        <FieldError error={action.error} path="period" />
        <div className="button-row">
          <button type="submit" className="button" disabled={action.busy}>
            {t('reports.estimate.save')}
          </button>
          {view.estimate && (
            <button
              type="button"
              className="button button--secondary"
              disabled={action.busy}
              onClick={clear}
            >
              {t('reports.estimate.clear')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}

/** The estimate panel of a ticket: what is planned, and the form to change it. */
export function EstimatePanel({ ticketId }: { ticketId: string }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const loaded = useLoad(() => reportsApi.estimate(ticketId), [ticketId]);
  const [notice, setNotice] = useState<string | null>(null);
  const view = loaded.data;
  return (
    <section className="card" aria-labelledby="estimate-title">
      <h2 id="estimate-title">{t('reports.estimate.title')}</h2>
      <ErrorSummary error={loaded.error} />
      {notice && <Notice>{notice}</Notice>}
      {view && (
        <>
          <p>
            {view.estimate
              ? t('reports.estimate.current', {
                  time: hoursText(i18n, view.estimate.minutes),
                  period: calendarPeriod(locale, view.estimate.start, view.estimate.lastDay),
                })
              : t('reports.estimate.none')}
          </p>
          <EstimateForm
            key={`${view.estimate?.start}-${view.estimate?.minutes}`}
            view={view}
            onSaved={(next, message) => {
              loaded.set(next);
              setNotice(message);
            }}
          />
        </>
      )}
    </section>
  );
}
