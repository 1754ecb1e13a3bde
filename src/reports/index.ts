/**
 * The reports' renderers (server side): each report model becomes a {@link ReportDocument} in the
 * reader's language, then a PDF (pdfmake, charts as echarts SVG) or a CSV (csv-stringify, for
 * Excel). The web app draws the same charts from `charts.ts` (chart specs and `chartOption` are
 * browser-safe) and need not import this file, which loads pdfmake.
 */
import type { MetricIssue } from '../domain/reports/index.js';
import { catalogs, interpolate, type Locale } from '../i18n/index.js';
import { renderCsv } from './csv.js';
import type { ReportDocument } from './document.js';
import { renderPdf } from './pdf.js';

export { uploadLineOf } from '../domain/reports/index.js';
export { chartSvg } from './chart-svg.js';
export { type ChartSeries, type ChartSpec, chartOption } from './charts.js';
export { csvDelimiter, renderCsv } from './csv.js';
export type { Block, Cell, Column, Fact, ReportDocument, Section } from './document.js';
export { complianceDocument, complianceTrendChart } from './layouts/compliance.js';
export { contactExportDocument } from './layouts/contact-export.js';
export type { IssueEdition, ReportHeading } from './layouts/heading.js';
export { monitoringChart, monitoringDocument } from './layouts/monitoring.js';
export { planningChart, planningDocument } from './layouts/planning.js';
export {
  type ProjectHeading,
  projectTableDocument,
  roadmapDocument,
} from './layouts/project.js';
export { statementDocument } from './layouts/statement.js';
export { renderReportMail, reportAttachments } from './mail.js';
export { parseMetricsCsv, uploadDecimalSeparator } from './metrics-csv.js';
export { renderPdf } from './pdf.js';
export { reportDocument, reportFileStem } from './report-document.js';

/** The formats a report downloads in. */
export type ReportFormat = 'pdf' | 'csv';

/** A rendered report: its bytes, media type and file name. */
export interface RenderedReport {
  readonly body: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

/** A document in one format; `createdAt` dates the PDF (time is an argument). */
export async function renderReport(
  doc: ReportDocument,
  format: ReportFormat,
  fileStem: string,
  createdAt: Date,
): Promise<RenderedReport> {
  return format === 'pdf'
    ? {
        body: await renderPdf(doc, createdAt),
        contentType: 'application/pdf',
        fileName: `${fileStem}.pdf`,
      }
    : { body: renderCsv(doc), contentType: 'text/csv; charset=utf-8', fileName: `${fileStem}.csv` };
}

/** A refused metric row or threshold, as a sentence in `locale` (the upload form shows it by its field). */
export function metricIssueText(locale: Locale, issue: MetricIssue): string {
  return interpolate(catalogs[locale][`reports.metricIssue.${issue.code}`], issue.params);
}
