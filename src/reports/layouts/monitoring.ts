/**
 * The biweekly monitoring report laid out: each platform metric with its change since the last
 * report and its thresholds, the alerts in words, the percentages charted against the previous
 * report, the period's tickets with response and resolution times, the hours used and the
 * account manager's recommendations.
 */
import type {
  MetricRow,
  MonitoringReport,
  PlatformMetric,
  Threshold,
} from '../../domain/reports/index.js';
import type { Locale } from '../../i18n/index.js';
import type { ChartSpec } from '../charts.js';
import { type Block, type Cell, cell, type ReportDocument } from '../document.js';
import { cellText, instantText } from '../format.js';
import { rangeText, type Translator as T, translator } from '../words.js';
import { condensedByDay } from './condense.js';
import { issueFacts, note, type ReportHeading, table } from './heading.js';

function metricName(t: T, row: Pick<MetricRow, 'metric' | 'label'>): string {
  return row.label !== null
    ? t('reports.metric.completeness', { rule: row.label })
    : t(`reports.metric.${row.metric as PlatformMetric}`);
}

/** A metric value: counts as whole numbers (they are checked whole), percents with two decimals. */
function valueCell(row: MetricRow, value: number | null): Cell {
  if (value === null) return cell.empty;
  return row.unit === 'count' ? cell.count(value / 100) : cell.percent(value);
}

function thresholdText(t: T, locale: Locale, row: MetricRow, threshold: Threshold): string {
  const limit = cellText(valueCell(row, threshold.limit), locale);
  return t(
    threshold.alertWhen === 'above' ? 'reports.monitoring.above' : 'reports.monitoring.below',
    { limit },
  );
}

/** The chart of the percentage metrics: this report beside the previous one (the same in the web app). */
export function monitoringChart(report: MonitoringReport, locale: Locale): ChartSpec {
  const t = translator(locale);
  const rows = report.metrics.filter((row) => row.unit === 'percent');
  return {
    title: t('reports.monitoring.chart'),
    categories: rows.map((row) => metricName(t, row)),
    series: [
      {
        name: t('reports.monitoring.thisReport'),
        type: 'bar',
        values: rows.map((r) => (r.value === null ? null : r.value / 100)),
      },
      {
        name: t('reports.monitoring.col.previous'),
        type: 'bar',
        values: rows.map((r) => (r.previous === null ? null : r.previous / 100)),
      },
    ],
    unit: 'percent',
    reference: null,
  };
}

function alertBlocks(t: T, locale: Locale, report: MonitoringReport): Block[] {
  const lines = report.metrics.flatMap((row) =>
    row.alerts.map((threshold) =>
      t('reports.monitoring.alertLine', {
        metric: metricName(t, row),
        value: cellText(valueCell(row, row.value), locale),
        threshold: thresholdText(t, locale, row, threshold),
      }),
    ),
  );
  return lines.length === 0
    ? [note(t('reports.monitoring.noAlerts'))]
    : lines.map((text) => ({ kind: 'text', text, tone: 'alert' }));
}

/** Business seconds as whole minutes (half up), for h:mm. */
function minutesOf(seconds: number | null): Cell {
  return cell.minutes(seconds === null ? null : Math.round(seconds / 60));
}

/** The monitoring report as a document in `locale`. */
export function monitoringDocument(
  report: MonitoringReport,
  locale: Locale,
  heading: ReportHeading,
): ReportDocument {
  const t = translator(locale);
  const days = rangeText(locale, report.window.start, report.window.lastDay);
  const previous = report.previousWindow;
  return {
    locale,
    title: t('reports.monitoring.title'),
    subtitle: `${heading.clientName} · ${heading.contractName} · ${days}`,
    facts: [
      { label: t('reports.monitoring.window'), value: cell.text(days) },
      {
        label: t('reports.monitoring.previous'),
        value: cell.text(
          previous
            ? rangeText(locale, previous.start, previous.lastDay)
            : t('reports.monitoring.first'),
        ),
      },
      ...issueFacts(t, heading),
      {
        label: t('reports.monitoring.alertCount'),
        value: cell.count(report.alertCount),
        strong: report.alertCount > 0,
      },
    ],
    sections: [
      {
        heading: t('reports.monitoring.metrics'),
        blocks: [
          ...alertBlocks(t, locale, report),
          table(
            [
              t('reports.monitoring.col.metric'),
              t('reports.col.date'),
              t('reports.monitoring.col.value'),
              t('reports.monitoring.col.previous'),
              t('reports.monitoring.col.change'),
              t('reports.monitoring.col.threshold'),
            ],
            report.metrics.map((row) => [
              cell.text(metricName(t, row)),
              cell.date(row.measuredOn),
              valueCell(row, row.value),
              valueCell(row, row.previous),
              valueCell(row, row.change),
              cell.text(
                row.thresholds
                  .map((threshold) => thresholdText(t, locale, row, threshold))
                  .join('; '),
              ),
            ]),
            '',
          ),
          { kind: 'chart', chart: monitoringChart(report, locale) },
        ],
      },
      {
        heading: t('reports.monitoring.tickets'),
        blocks: [
          table(
            [
              t('reports.col.ticket'),
              t('reports.col.requester'),
              t('reports.col.kind'),
              t('reports.col.criticality'),
              t('reports.monitoring.col.opened'),
              t('reports.monitoring.col.response'),
              t('reports.monitoring.col.resolution'),
              t('reports.col.status'),
            ],
            report.tickets.map((ticket) => [
              cell.text(ticket.title ? `${ticket.ticketRef} · ${ticket.title}` : ticket.ticketRef),
              cell.text(ticket.requester),
              cell.text(t(`kind.${ticket.kind}`)),
              cell.text(t(`criticality.${ticket.criticality}`)),
              cell.text(instantText(ticket.openedAt, locale, heading.timeZone)),
              minutesOf(ticket.responseSeconds),
              minutesOf(ticket.resolutionSeconds),
              cell.text(t(`status.${ticket.status}`)),
            ]),
            t('reports.monitoring.ticketsEmpty'),
          ),
        ],
        condensed: condensedByDay(
          t,
          report.tickets,
          (ticket) => ticket.openedAt,
          heading.timeZone,
          { header: t('reports.col.status'), keyOf: (ticket) => t(`status.${ticket.status}`) },
          t('reports.condensed.tickets', { count: report.tickets.length }),
        ),
      },
      {
        heading: t('reports.monitoring.hours'),
        blocks: [
          {
            kind: 'facts',
            facts: [
              {
                label: t('reports.monitoring.usedInWindow'),
                value: cell.minutes(report.hours.usedInWindowMinutes),
              },
              {
                label: t('reports.monitoring.usedInPeriod'),
                value: cell.minutes(report.hours.usedInPeriodMinutes),
              },
              {
                label: t('reports.monitoring.available'),
                value: cell.minutes(report.hours.availableMinutes),
              },
              {
                label: t('reports.monitoring.pending'),
                value: cell.minutes(report.hours.pendingMinutes),
              },
            ],
          },
        ],
      },
      {
        heading: t('reports.monitoring.recommendations'),
        blocks: [
          report.recommendations === ''
            ? note(t('reports.monitoring.noRecommendations'))
            : { kind: 'text', text: report.recommendations, tone: 'plain' },
        ],
      },
    ],
    footer: t('reports.footer', { contract: heading.contractName, period: days }),
  };
}
