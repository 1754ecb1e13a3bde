/**
 * Typed calls of the reports API (a report computed now, issuing into the archive, the archive);
 * the shapes of their answers are the server's own response schemas.
 */
import type { z } from 'zod';
import type {
  blockView,
  cellView,
  issuedSummaryView,
  recommendationsView,
  recordedMetricsView,
  reportView,
  servedReportKinds,
  ticketEstimateView,
} from '../../http/routes/reports/schema.js';
import type { Locale } from '../../i18n/index.js';
import { request } from './client.js';

/** A report as JSON: its document and, when archived, its issue. */
export type ReportView = z.infer<typeof reportView>;
/** A piece of a report's section. */
export type ReportBlock = z.infer<typeof blockView>;
/** One typed value of a report. */
export type ReportCell = z.infer<typeof cellView>;
/** An archived issue. */
export type IssuedReport = z.infer<typeof issuedSummaryView>;
/** A monitoring window's recommendations. */
export type Recommendations = z.infer<typeof recommendationsView>;
/** What an upload of metrics stored. */
export type RecordedMetrics = z.infer<typeof recordedMetricsView>;
/** A ticket's planning estimate and the periods it may be planned for. */
export type TicketEstimate = z.infer<typeof ticketEstimateView>;
/** The reports the server computes. */
export type ReportKind = (typeof servedReportKinds)[number];

/** Where a report downloads as a file (the browser follows the link with the session cookie). */
export function reportFileUrl(
  contractId: string,
  kind: ReportKind,
  query: { period: string; lang: Locale; format: 'pdf' | 'csv' },
): string {
  return `/api/contracts/${encodeURIComponent(contractId)}/reports/${kind}?${new URLSearchParams(query)}`;
}

/** Where an archived report downloads as a file. */
export function issuedFileUrl(id: string, lang: Locale, format: 'pdf' | 'csv'): string {
  return `/api/reports/${encodeURIComponent(id)}?${new URLSearchParams({ lang, format })}`;
}

const monitoringOf = (contractId: string) =>
  `/api/contracts/${encodeURIComponent(contractId)}/reports/monitoring`;

/** Every reports call of the web app. */
export const reportsApi = {
  report: (contractId: string, kind: ReportKind, period: string, lang: Locale) =>
    request<ReportView>('GET', `/api/contracts/${encodeURIComponent(contractId)}/reports/${kind}`, {
      query: { period, lang },
    }),
  issue: (contractId: string, kind: ReportKind, period: string) =>
    request<IssuedReport>(
      'POST',
      `/api/contracts/${encodeURIComponent(contractId)}/reports/${kind}/issues`,
      { body: { period } },
    ),
  recommendations: (contractId: string, period: string) =>
    request<Recommendations>('GET', `${monitoringOf(contractId)}/recommendations`, {
      query: { period },
    }),
  setRecommendations: (contractId: string, period: string, text: string) =>
    request<Recommendations>('PUT', `${monitoringOf(contractId)}/recommendations`, {
      body: { period, text },
    }),
  uploadMetrics: (contractId: string, csv: string, lang: Locale) =>
    request<RecordedMetrics>(
      'POST',
      `/api/contracts/${encodeURIComponent(contractId)}/metrics/upload`,
      { body: { csv, lang } },
    ),
  estimate: (ticketId: string) =>
    request<TicketEstimate>('GET', `/api/tickets/${encodeURIComponent(ticketId)}/estimate`),
  setEstimate: (ticketId: string, minutes: number, period: string) =>
    request<TicketEstimate>('PUT', `/api/tickets/${encodeURIComponent(ticketId)}/estimate`, {
      body: { minutes, period },
    }),
  clearEstimate: (ticketId: string) =>
    request<TicketEstimate>('DELETE', `/api/tickets/${encodeURIComponent(ticketId)}/estimate`),
  archive: (contractId: string) =>
    request<IssuedReport[]>('GET', `/api/contracts/${encodeURIComponent(contractId)}/reports`),
};
