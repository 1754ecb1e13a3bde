/**
 * The SLA compliance report laid out: the period's verdict against the contract's terms, the
 * breakdown by criticality, the 12-period trend (chart and table) and every breached first
 * response with the explanation of its clock, in the reader's language and the contract's zone.
 */
import type { ComplianceReport, JudgedCompliance } from '../../domain/reports/index.js';
import type { Locale } from '../../i18n/index.js';
import { explainTimeline } from '../../i18n/index.js';
import type { ChartSpec } from '../charts.js';
import { type Block, type Cell, cell, type Fact, type ReportDocument } from '../document.js';
import { instantText } from '../format.js';
import { periodText, rangeText, type Translator as T, translator } from '../words.js';
import { condensedByDay } from './condense.js';
import { issueFacts, note, type ReportHeading, table } from './heading.js';

/** A compliance's verdict in words (null terms: not judged at all). */
function verdictText(t: T, judged: JudgedCompliance | null): string {
  if (judged === null) return t('reports.verdict.not_judged');
  if (judged.verdict === 'not_enough_tickets')
    return t(judged.deemedMet ? 'reports.verdict.deemed_met' : 'reports.verdict.not_judged');
  return t(`reports.verdict.${judged.verdict}`);
}

function percentCell(judged: JudgedCompliance | null): Cell {
  return cell.percent(
    judged?.percent === null || judged === null ? null : Math.round(judged.percent * 100),
  );
}

/** The trend chart: compliance per period against the threshold (the same chart in the web app). */
export function complianceTrendChart(report: ComplianceReport, locale: Locale): ChartSpec {
  const t = translator(locale);
  return {
    title: t('reports.compliance.trend'),
    categories: report.trend.map((point) => periodText(locale, point.period)),
    series: [
      {
        name: t('reports.compliance.trendSeries'),
        type: 'line',
        values: report.trend.map((point) => point.compliance?.percent ?? null),
      },
    ],
    unit: 'percent',
    reference: report.terms
      ? {
          label: `${t('reports.compliance.threshold')} ${report.terms.thresholdPercent} %`,
          value: report.terms.thresholdPercent,
        }
      : null,
  };
}

/** The compliance report as a document in `locale`. */
export function complianceDocument(
  report: ComplianceReport,
  locale: Locale,
  heading: ReportHeading,
): ReportDocument {
  const t = translator(locale);
  const period = periodText(locale, report.period);
  const terms: Fact[] = report.terms
    ? [
        {
          label: t('reports.compliance.target'),
          value: cell.percent(Math.round(report.terms.targetPercent * 100)),
        },
        {
          label: t('reports.compliance.threshold'),
          value: cell.percent(Math.round(report.terms.thresholdPercent * 100)),
        },
        {
          label: t('reports.compliance.minimumSample'),
          value: cell.count(report.terms.minimumSample),
        },
      ]
    : [];
  const all = report.byCriticality.reduce(
    (sum, row) => ({ met: sum.met + row.met, total: sum.total + row.total }),
    { met: 0, total: 0 },
  );
  const when = (at: number | null) =>
    cell.text(at === null ? null : instantText(at, locale, heading.timeZone));
  return {
    locale,
    title: t('reports.compliance.title'),
    subtitle: `${heading.clientName} · ${heading.contractName} · ${period}`,
    facts: [
      {
        label: t('reports.period'),
        value: cell.text(rangeText(locale, report.period.start, report.period.lastDay)),
      },
      ...issueFacts(t, heading),
      ...terms,
    ],
    sections: [
      {
        heading: t('reports.compliance.verdict'),
        blocks: [
          {
            kind: 'facts',
            facts: [
              {
                label: t('reports.compliance.verdict'),
                value: cell.text(verdictText(t, report.overall)),
                strong: true,
              },
              {
                label: t('reports.compliance.onTime'),
                value: cell.text(`${all.met} / ${all.total}`),
              },
              { label: t('reports.compliance.share'), value: percentCell(report.overall) },
            ],
          },
          ...(report.terms ? [] : [note(t('reports.compliance.noTerms'))]),
        ],
      },
      {
        heading: t('reports.compliance.byCriticality'),
        blocks: [
          table(
            [
              t('reports.col.criticality'),
              t('reports.compliance.col.met'),
              t('reports.compliance.col.total'),
              t('reports.compliance.col.share'),
              t('reports.compliance.col.verdict'),
            ],
            report.byCriticality.map((row) => [
              cell.text(t(`criticality.${row.criticality}`)),
              cell.count(row.met),
              cell.count(row.total),
              percentCell(row.compliance),
              cell.text(verdictText(t, row.compliance)),
            ]),
            '',
          ),
        ],
      },
      {
        heading: t('reports.compliance.trend'),
        blocks: [
          { kind: 'chart', chart: complianceTrendChart(report, locale) },
          table(
            [
              t('reports.period'),
              t('reports.compliance.col.met'),
              t('reports.compliance.col.total'),
              t('reports.compliance.col.share'),
              t('reports.compliance.col.verdict'),
            ],
            report.trend.map((point) => [
              cell.text(periodText(locale, point.period)),
              cell.count(point.compliance?.met ?? 0),
              cell.count(point.compliance?.total ?? 0),
              percentCell(point.compliance),
              cell.text(verdictText(t, point.compliance)),
            ]),
            '',
          ),
        ],
      },
      {
        heading: t('reports.compliance.breaches'),
        blocks: [
          table(
            [
              t('reports.col.ticket'),
              t('reports.col.requester'),
              t('reports.col.criticality'),
              t('reports.compliance.col.opened'),
              t('reports.compliance.col.due'),
              t('reports.compliance.col.responded'),
            ],
            report.breaches.map((b) => [
              cell.text(b.title ? `${b.ticketRef} · ${b.title}` : b.ticketRef),
              cell.text(b.requester),
              cell.text(t(`criticality.${b.criticality}`)),
              when(b.openedAt),
              when(b.dueAt),
              when(b.respondedAt),
            ]),
            t('reports.compliance.breachesEmpty'),
          ),
          ...report.breaches.map(
            (b): Block => ({
              kind: 'text',
              text: `${b.ticketRef} — ${t('reports.compliance.col.why')}: ${explainTimeline(b.steps, heading.timeZone, locale)}`,
              tone: 'plain',
            }),
          ),
        ],
        condensed: condensedByDay(
          t,
          report.breaches,
          (breach) => breach.openedAt,
          heading.timeZone,
          {
            header: t('reports.col.criticality'),
            keyOf: (breach) => t(`criticality.${breach.criticality}`),
          },
          t('reports.condensed.breaches', { count: report.breaches.length }),
        ),
      },
    ],
    footer: t('reports.footer', { contract: heading.contractName, period }),
  };
}
