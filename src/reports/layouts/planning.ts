/**
 * The monthly planning report laid out: hours used against granted over the last months (chart
 * and table, with the coming month's forecast), the work planned for the rest of this month and
 * for the next one as the plan will charge it, the idle hours that would expire, and the
 * implementation proposals they could fund.
 */
import type { ForecastLine, PlanningReport } from '../../domain/reports/index.js';
import type { Locale } from '../../i18n/index.js';
import type { ChartSpec } from '../charts.js';
import { type Block, cell, type ReportDocument } from '../document.js';
import { dateText } from '../format.js';
import { periodText, type Translator as T, translator } from '../words.js';
import { issueFacts, note, type ReportHeading, table } from './heading.js';

/** Hours granted and used per month, and the next month's forecast (the same chart in the web app). */
export function planningChart(report: PlanningReport, locale: Locale): ChartSpec {
  const t = translator(locale);
  const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
  return {
    title: t('reports.planning.usage'),
    categories: [
      ...report.usage.map((u) => periodText(locale, u.period)),
      periodText(locale, report.nextPeriod),
    ],
    series: [
      {
        name: t('reports.planning.granted'),
        type: 'bar',
        values: [
          ...report.usage.map((u) => hours(u.grantedMinutes)),
          hours(report.next.grantMinutes),
        ],
      },
      {
        name: t('reports.planning.used'),
        type: 'bar',
        values: [...report.usage.map((u) => hours(u.consumedMinutes)), null],
      },
      {
        name: t('reports.planning.forecastSeries'),
        type: 'bar',
        values: [...report.usage.map(() => null), hours(report.forecastMinutes)],
      },
    ],
    unit: 'hours',
    reference: null,
  };
}

function forecastTable(t: T, lines: readonly ForecastLine[], empty: string): Block {
  return table(
    [
      t('reports.planning.col.plannedFor'),
      t('reports.col.ticket'),
      t('reports.col.kind'),
      t('reports.planning.col.estimate'),
      t('reports.col.charged'),
      t('reports.planning.col.note'),
    ],
    lines.map((line) => [
      cell.date(line.plannedFor),
      cell.text(line.title ? `${line.ticketRef} · ${line.title}` : line.ticketRef),
      cell.text(t(`kind.${line.kind}`)),
      cell.minutes(line.estimateMinutes),
      cell.minutes(line.chargedMinutes),
      cell.text(line.needsQuote ? t('reports.planning.needsQuote') : null),
    ]),
    empty,
  );
}

/** The planning report as a document in `locale`. */
export function planningDocument(
  report: PlanningReport,
  locale: Locale,
  heading: ReportHeading,
): ReportDocument {
  const t = translator(locale);
  const next = periodText(locale, report.nextPeriod);
  return {
    locale,
    title: t('reports.planning.title'),
    subtitle: `${heading.clientName} · ${heading.contractName} · ${next}`,
    facts: [
      { label: t('reports.planning.meeting'), value: cell.date(report.date) },
      { label: t('reports.period'), value: cell.text(periodText(locale, report.period)) },
      { label: t('reports.planning.next'), value: cell.text(next) },
      ...issueFacts(t, heading),
    ],
    sections: [
      {
        heading: t('reports.planning.usage'),
        blocks: [
          { kind: 'chart', chart: planningChart(report, locale) },
          table(
            [
              t('reports.period'),
              t('reports.planning.granted'),
              t('reports.planning.used'),
              t('reports.planning.col.expired'),
              t('reports.planning.col.overage'),
            ],
            report.usage.map((u) => [
              cell.text(periodText(locale, u.period)),
              cell.minutes(u.grantedMinutes),
              cell.minutes(u.consumedMinutes),
              cell.minutes(u.expiredMinutes),
              cell.minutes(u.overageMinutes),
            ]),
            '',
          ),
        ],
      },
      {
        heading: t('reports.planning.forecast'),
        blocks: [
          forecastTable(t, report.forecast, t('reports.planning.forecastEmpty')),
          {
            kind: 'facts',
            facts: [
              {
                label: t('reports.planning.forecastTotal'),
                value: cell.minutes(report.forecastMinutes),
                strong: true,
              },
              {
                label: t('reports.planning.carried'),
                value: cell.minutes(report.next.carriedMinutes),
              },
              { label: t('reports.planning.grant'), value: cell.minutes(report.next.grantMinutes) },
              {
                label: t('reports.planning.available'),
                value: cell.minutes(report.next.availableMinutes),
              },
              {
                label: t('reports.planning.shortfall'),
                value: cell.minutes(report.next.shortfallMinutes),
              },
              {
                label: t('reports.planning.shortfallAmount'),
                value: cell.money(report.next.shortfallAmount),
              },
            ],
          },
        ],
      },
      {
        heading: t('reports.planning.restOfPeriod'),
        blocks: [forecastTable(t, report.restOfPeriod, t('reports.planning.restEmpty'))],
      },
      {
        heading: t('reports.planning.idle'),
        blocks: [
          {
            kind: 'facts',
            facts: [
              {
                label: t('reports.planning.expiring'),
                value: cell.minutes(report.idle.expiringMinutes),
              },
              {
                label: t('reports.planning.pendingApproval'),
                value: cell.minutes(-report.idle.pendingMinutes),
              },
              {
                label: t('reports.planning.plannedRest'),
                value: cell.minutes(-report.idle.forecastMinutes),
              },
              {
                label: t('reports.planning.idleMinutes'),
                value: cell.minutes(report.idle.idleMinutes),
                strong: true,
              },
            ],
          },
          note(t('reports.planning.idleNote', { date: dateText(report.idle.expiresOn, locale) })),
        ],
      },
      {
        heading: t('reports.planning.proposals'),
        blocks: [
          table(
            [
              t('reports.planning.col.ref'),
              t('reports.col.title'),
              t('reports.planning.col.state'),
              t('reports.planning.col.estimate'),
              t('reports.planning.col.fromIdle'),
              t('reports.planning.col.rest'),
            ],
            report.proposals.map((p) => [
              cell.text(p.ref),
              cell.text(p.title),
              cell.text(
                p.state === 'active'
                  ? t('reports.planning.projectActive')
                  : `${t('reports.planning.quote')} · ${t(`quotes.state.${p.state}`)}`,
              ),
              cell.minutes(p.estimateMinutes),
              cell.minutes(p.fromIdleMinutes),
              cell.minutes(p.restMinutes),
            ]),
            t('reports.planning.proposalsEmpty'),
          ),
        ],
      },
    ],
    footer: t('reports.footer', { contract: heading.contractName, period: next }),
  };
}
