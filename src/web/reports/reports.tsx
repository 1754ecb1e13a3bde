/**
 * A contract's reports in the web app: the report of a period as the PDF shows it (the same
 * document and the same echarts SVG chart, rendered by the server), its PDF and CSV downloads,
 * issuing it into the archive, and the archive of issued versions with their files; on the
 * monitoring report, those who issue it write its recommendations and upload metrics. Staff see it
 * on the contract's page; the client's decision-maker in the portal.
 */
import { useState } from 'react';
import type { Locale } from '../../i18n/index.js';
import { type ApiError, asApiError } from '../api/client.js';
import {
  type IssuedReport,
  issuedFileUrl,
  type ReportBlock,
  type ReportCell,
  type ReportKind,
  type ReportView,
  reportFileUrl,
  reportsApi,
} from '../api/reports.js';
import { browserNow } from '../clock.js';
import { hoursText } from '../desk/words.js';
import { type I18n, useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';
import { GenerationStatus, useGeneration } from './generation.js';
import { MetricsUpload, RecommendationsForm } from './monitoring-inputs.js';

const kinds: readonly ReportKind[] = ['statement', 'compliance', 'monitoring', 'planning'];
const tags: Record<Locale, string> = { es: 'es-CL', en: 'en-GB' };

/** A local date (YYYY-MM-DD) in the reader's style, whatever the browser's zone. */
function dayText(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** Today in the browser's zone, as a local date. */
function today(): string {
  const now = new Date(browserNow());
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function cellText(i18n: I18n, value: ReportCell): string {
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(tags[i18n.locale], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(n);
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'count':
      return number(value.value, 0);
    case 'minutes':
      return hoursText(i18n, value.minutes);
    case 'money': {
      const [whole = '0', fraction = ''] = value.money.amount.split('.');
      const mark = i18n.locale === 'es' ? ',' : '.';
      return `${value.money.currency} ${whole}${fraction ? mark + fraction : ''}`;
    }
    case 'hundredths':
      return `${number(value.value / 100, 2)}${value.percent ? ' %' : ''}`;
    case 'date':
      return dayText(i18n.locale, value.date);
    case 'empty':
      return '—';
  }
}

function Block({ part }: { part: ReportBlock }) {
  const i18n = useI18n();
  switch (part.kind) {
    case 'facts':
      return (
        <dl className="report-facts">
          {part.facts.map((fact) => (
            <div key={fact.label} className={fact.strong ? 'report-facts__strong' : undefined}>
              <dt>{fact.label}</dt>
              <dd>{cellText(i18n, fact.value)}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <TableRegion label={part.headers.join(', ')}>
          <table>
            <TableHead columns={part.headers} />
            <tbody>
              {part.rows.length === 0 && (
                <EmptyRow columns={part.headers.length}>{part.empty}</EmptyRow>
              )}
              {part.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
                <tr key={r}>
                  {row.map((value, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column
                    <td key={c} className={value.kind === 'text' ? undefined : 'numeric'}>
                      {cellText(i18n, value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      );
    case 'chart':
      return (
        <img
          className="report-chart"
          alt={part.title}
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(part.svg)}`}
        />
      );
    case 'text':
      return <p className={`report-text report-text--${part.tone}`}>{part.text}</p>;
  }
}

/** The document of a report as the PDF lays it out (long detail condensed as in the PDF). */
function ReportDocumentView({ report }: { report: ReportView }) {
  const { t } = useI18n();
  const doc = report.document;
  return (
    <article className="card report" aria-labelledby="report-title">
      <h3 id="report-title">{doc.title}</h3>
      <p className="muted">{doc.subtitle}</p>
      <Block part={{ kind: 'facts', facts: doc.facts }} />
      {doc.sections.map((section) => (
        <section key={section.heading}>
          <h4>{section.heading}</h4>
          {section.condensed && <p className="muted">{t('reports.web.condensed')}</p>}
          {(section.condensed ?? section.blocks).map((part, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks keep their order
            <Block key={i} part={part} />
          ))}
        </section>
      ))}
    </article>
  );
}

function Archive(props: { contractId: string; round: number }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const archive = useLoad(
    () => reportsApi.archive(props.contractId),
    [props.contractId, props.round],
  );
  const columns = ['report', 'period', 'version', 'issuedOn', 'reason', 'files'] as const;
  return (
    <section className="card" aria-labelledby="archive-title">
      <h3 id="archive-title">{t('reports.web.archive')}</h3>
      <ErrorSummary error={archive.error} />
      <TableRegion label={t('reports.web.archive')}>
        <table>
          <TableHead columns={columns.map((c) => t(`reports.web.col.${c}`))} />
          <tbody>
            {archive.data?.length === 0 && (
              <EmptyRow columns={columns.length}>{t('reports.web.archiveEmpty')}</EmptyRow>
            )}
            {(archive.data ?? []).map((issued: IssuedReport) => (
              <tr key={issued.id}>
                <td>{t(`reports.web.kind.${issued.kind as ReportKind}`)}</td>
                <td>
                  {dayText(locale, issued.periodStart)} – {dayText(locale, issued.periodLastDay)}
                </td>
                <td className="numeric">{issued.version}</td>
                <td>{dayText(locale, issued.issuedOn)}</td>
                <td>{t(`reports.web.reason.${issued.reason}`)}</td>
                <td>
                  <a href={issuedFileUrl(issued.id, locale, 'pdf')}>PDF</a>
                  {' · '}
                  <a href={issuedFileUrl(issued.id, locale, 'csv')}>CSV</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

/** A contract's reports: choose one and a period, read it, download it, issue it, see the archive. */
export function Reports(props: { contractId: string; canIssue: boolean }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [kind, setKind] = useState<ReportKind>('statement');
  const [period, setPeriod] = useState(today);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  const generation = useGeneration();
  const report = useLoad(
    () => reportsApi.report(props.contractId, kind, period, locale),
    [props.contractId, kind, period, locale],
  );
  const monitoringInputs = props.canIssue && kind === 'monitoring';
  const issue = () => {
    setNotice(null);
    setFailure(null);
    void generation.issue(async () => {
      try {
        const issued = await reportsApi.issue(props.contractId, kind, period);
        setNotice(t('reports.web.issued', { version: issued.version }));
        setRound((n) => n + 1);
      } catch (error) {
        setFailure(asApiError(error));
      }
    });
  };
  const file = (format: 'pdf' | 'csv') =>
    reportFileUrl(props.contractId, kind, { period, lang: locale, format });
  return (
    <section className="reports" aria-labelledby={`reports-${props.contractId}`}>
      <h2 id={`reports-${props.contractId}`} className="section-title">
        {t('reports.web.title')}
      </h2>
      <p className="muted">{t('reports.web.intro')}</p>
      <div className="report-controls">
        <label>
          {t('reports.web.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ReportKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`reports.web.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.web.period')}
          <input type="date" value={period} onChange={(e) => setPeriod(e.target.value)} required />
        </label>
        <a
          className="button"
          href={file('pdf')}
          onClick={generation.download('pdf')}
          aria-disabled={generation.busy || undefined}
        >
          {t('reports.web.pdf')}
        </a>
        <a
          className="button"
          href={file('csv')}
          onClick={generation.download('csv')}
          aria-disabled={generation.busy || undefined}
        >
          {t('reports.web.csv')}
        </a>
        {props.canIssue && (
          <button type="button" onClick={issue} disabled={generation.busy}>
            {t('reports.web.issue')}
          </button>
        )}
      </div>
      <GenerationStatus stage={generation.stage} />
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={failure ?? generation.error ?? report.error} />
      {report.loading && (
        <p role="status" className="muted">
          <progress /> {t('reports.web.generating')}
        </p>
      )}
      {monitoringInputs && (
        <div className="report-inputs">
          <RecommendationsForm
            contractId={props.contractId}
            period={period}
            onSaved={report.reload}
          />
          <MetricsUpload contractId={props.contractId} onUploaded={report.reload} />
        </div>
      )}
      {report.data && !report.loading && <ReportDocumentView report={report.data} />}
      <Archive contractId={props.contractId} round={round} />
    </section>
  );
}
