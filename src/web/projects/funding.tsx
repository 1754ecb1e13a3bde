/**
 * A project's funding from the hour bank (seed 002 §4): budget vs funded vs used, each source with
 * what it funds and what the work used of it; the provider's managers fund the rest of the budget
 * with the idle hours first, then a one- or two-month growth or prepaid hours at the plan's rate.
 */
import { type FormEvent, useState } from 'react';
import { type FundingInput, type Project, projects } from '../api/projects.js';
import { calendarDate, formatMoney, hours, lastDayBefore, parseDecimal } from '../format.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { useAction } from '../ui/use-action.js';

type Source = Project['funding']['sources'][number];

/** What a source is, in words: its kind and its dates or price. */
function SourceText({ source }: { source: Source }) {
  const { t, locale } = useI18n();
  const detail = (() => {
    switch (source.kind) {
      case 'idle_hours':
        return t('projects.funding.idleDetail', {
          until: calendarDate(locale, lastDayBefore(source.expiresOn)),
        });
      case 'temporary_growth':
        return t('projects.funding.growthDetail', {
          from: calendarDate(locale, source.from),
          months: source.months,
          price: formatMoney(locale, source.pricePerMonth) ?? '',
        });
      case 'prepaid_hours':
        return t('projects.funding.prepaidDetail', {
          on: calendarDate(locale, source.on),
          price: formatMoney(locale, source.price) ?? '',
        });
    }
  })();
  return (
    <>
      {t(`projects.funding.kind.${source.kind}`)} <span className="muted">· {detail}</span>
    </>
  );
}

/** The manager's form: idle hours first, then the chosen top-up. */
function FundForm(props: { project: Project; contractId: string; onChanged(p: Project): void }) {
  const { t, locale } = useI18n();
  const action = useAction();
  const [topUp, setTopUp] = useState('temporary_growth');
  const [from, setFrom] = useState('');
  const [months, setMonths] = useState('1');
  const [forecast, setForecast] = useState('0');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const choice: FundingInput = {
      useIdle: true,
      forecastMinutes: Math.round(parseDecimal(locale, forecast) * 60),
      topUp:
        topUp === 'temporary_growth'
          ? { kind: 'temporary_growth', from, months: months === '2' ? 2 : 1 }
          : { kind: topUp === 'prepaid_hours' ? 'prepaid_hours' : 'none' },
    };
    void action.run(
      () => projects.fund(props.contractId, props.project.id, choice),
      props.onChanged,
    );
  };
  const kinds = ['temporary_growth', 'prepaid_hours', 'none'] as const;
  return (
    <form className="card card--stack" onSubmit={submit} aria-label={t('projects.funding.fund')}>
      <ErrorSummary error={action.error} />
      <TextField
        path="forecastMinutes"
        label={t('projects.funding.forecast')}
        error={action.error}
        value={forecast}
        onChange={setForecast}
      />
      <SelectField
        path="topUp.kind"
        label={t('projects.funding.topUp')}
        error={action.error}
        value={topUp}
        onChange={setTopUp}
        choices={kinds.map((kind) => ({ value: kind, label: t(`projects.funding.topUp.${kind}`) }))}
      />
      {topUp === 'temporary_growth' && (
        <>
          <TextField
            path="topUp.from"
            type="date"
            label={t('projects.funding.from')}
            error={action.error}
            value={from}
            onChange={setFrom}
          />
          <SelectField
            path="topUp.months"
            label={t('projects.funding.months')}
            error={action.error}
            value={months}
            onChange={setMonths}
            choices={['1', '2'].map((value) => ({ value, label: value }))}
          />
        </>
      )}
      <button type="submit" className="button button--primary" disabled={action.busy}>
        {t('projects.funding.fund')}
      </button>
    </form>
  );
}

/** The funding section; `manage` lets the provider fund what is left. */
export function Funding(props: {
  project: Project;
  contractId: string;
  manage: boolean;
  onChanged(p: Project): void;
}) {
  const { t, locale } = useI18n();
  const { budget, funding } = props.project;
  return (
    <section className="card card--stack" aria-labelledby="funding-title">
      <h2 id="funding-title">{t('projects.funding.title')}</h2>
      <p data-testid="project-funding">
        {t('projects.funding.line', {
          budget: hours(locale, budget.minutes),
          funded: hours(locale, funding.fundedMinutes),
          used: hours(locale, budget.usedMinutes),
        })}
      </p>
      {funding.sources.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('projects.funding.source')}</th>
              <th scope="col">{t('projects.funding.funded')}</th>
              <th scope="col">{t('projects.funding.used')}</th>
            </tr>
          </thead>
          <tbody>
            {funding.sources.map((source, index) => (
              // sources are only ever appended: their position is their identity
              // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
              <tr key={index}>
                <td>
                  <SourceText source={source} />
                </td>
                <td>{hours(locale, source.fundedMinutes)}</td>
                <td>{hours(locale, source.usedMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.manage && funding.unfundedMinutes > 0 && <FundForm {...props} />}
    </section>
  );
}
