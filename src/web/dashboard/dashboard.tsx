/**
 * The dashboard of the provider's staff (issue 11 #18): open tickets by SLA state, first responses
 * missed this period and compliance per contract for everyone; agents also see their own tickets
 * beside the whole desk's, and account managers and administrators the hours used against
 * granted per contract. Charts with their figures.
 */
import type { ChartSpec } from '../../reports/charts.js';
import { type I18n, useI18n } from '../i18n.js';
import { DeflectionFigures } from '../knowledge/deflection-figures.js';
import { useMe } from '../session.js';
import { Chart } from '../ui/chart.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import {
  type ContractFigures,
  contractFigures,
  responsesOf,
  type SlaCounts,
  slaCounts,
} from './figures.js';

const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;

function slaChart(t: I18n['t'], counts: readonly SlaCounts[], withMine: boolean): ChartSpec {
  return {
    title: t('dashboard.sla.title'),
    categories: counts.map((c) => t(`sla.state.${c.state}`)),
    series: [
      { name: t('dashboard.series.all'), type: 'bar', values: counts.map((c) => c.all) },
      ...(withMine
        ? [
            {
              name: t('dashboard.series.mine'),
              type: 'bar' as const,
              values: counts.map((c) => c.mine),
            },
          ]
        : []),
    ],
    unit: 'count',
    reference: null,
  };
}

function missedChart(t: I18n['t'], contracts: readonly ContractFigures[]): ChartSpec {
  const responses = contracts.map((c) => responsesOf(c.compliance));
  return {
    title: t('dashboard.missed.title'),
    categories: contracts.map((c) => c.name),
    series: [
      { name: t('dashboard.series.missed'), type: 'bar', values: responses.map((r) => r.missed) },
      {
        name: t('dashboard.series.onTime'),
        type: 'bar',
        values: responses.map((r) => r.total - r.missed),
      },
    ],
    unit: 'count',
    reference: null,
  };
}

function complianceChart(t: I18n['t'], contracts: readonly ContractFigures[]): ChartSpec {
  const percent = (c: ContractFigures) => {
    const { total, missed } = responsesOf(c.compliance);
    return total === 0 ? null : Math.round((1000 * (total - missed)) / total) / 10;
  };
  return {
    title: t('dashboard.compliance.title'),
    categories: contracts.map((c) => c.name),
    series: [
      { name: t('dashboard.series.compliance'), type: 'bar', values: contracts.map(percent) },
    ],
    unit: 'percent',
    reference: null,
  };
}

function hoursChart(t: I18n['t'], contracts: readonly ContractFigures[]): ChartSpec {
  const granted = (c: ContractFigures) =>
    c.statement
      ? hoursOf(
          c.statement.openingMinutes + c.statement.granted.total + c.statement.adjustedMinutes,
        )
      : null;
  return {
    title: t('dashboard.hours.title'),
    categories: contracts.map((c) => c.name),
    series: [
      { name: t('dashboard.series.granted'), type: 'bar', values: contracts.map(granted) },
      {
        name: t('dashboard.series.used'),
        type: 'bar',
        values: contracts.map((c) => (c.statement ? hoursOf(c.statement.consumed.total) : null)),
      },
    ],
    unit: 'hours',
    reference: null,
  };
}

/** The dashboard page (provider staff). */
export function DashboardPage() {
  const { t } = useI18n();
  const me = useMe();
  const agent = me.user.role === 'agent';
  const counts = useLoad(() => slaCounts(), []);
  const contracts = useLoad(() => contractFigures(), []);
  const open = (counts.data ?? []).reduce((sum, c) => sum + c.all, 0);
  const breached = counts.data?.find((c) => c.state === 'breached')?.all ?? 0;
  const missed = (contracts.data ?? []).reduce(
    (sum, c) => sum + responsesOf(c.compliance).missed,
    0,
  );
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        intro={t(agent ? 'dashboard.introAgent' : 'dashboard.intro')}
      />
      <ErrorSummary error={counts.error ?? contracts.error} />
      {counts.data && contracts.data && (
        <dl className="dashboard__totals">
          <div>
            <dt>{t('dashboard.total.open')}</dt>
            <dd data-total="open">{open}</dd>
          </div>
          <div>
            <dt>{t('dashboard.total.breached')}</dt>
            <dd data-total="breached">{breached}</dd>
          </div>
          <div>
            <dt>{t('dashboard.total.missed')}</dt>
            <dd data-total="missed">{missed}</dd>
          </div>
        </dl>
      )}
      <div className="dashboard__charts" aria-busy={counts.loading || contracts.loading}>
        {counts.data && <Chart spec={slaChart(t, counts.data, agent)} />}
        {contracts.data && (
          <>
            <Chart spec={missedChart(t, contracts.data)} />
            <Chart spec={complianceChart(t, contracts.data)} />
            {!agent && <Chart spec={hoursChart(t, contracts.data)} />}
          </>
        )}
      </div>
      <DeflectionFigures />
    </>
  );
}
