/**
 * The reports module's public surface: each report computed on request, issued reports archived
 * as immutable versions, the archive per contract, and the handler that issues the statement and
 * the compliance report when a period closes.
 */
export { reportIssued } from './events.js';
export {
  gatherReport,
  listedBreaches,
  type ReportModel,
  reportSpan,
  type ServedKind,
  servedKinds,
} from './gather-report.js';
export { issueAtPeriodClose, issuedAtClose } from './handlers.js';
export { type IssuedMonitoring, issueDueMonitoring } from './issue-due-monitoring.js';
export { issueReport } from './issue-report.js';
export type {
  IssuedReportReader,
  IssuedReportRecord,
  IssuedReportRepository,
  IssuedReportSummary,
  MetricReadingRepository,
  RecommendationRepository,
  ReportsDeps,
  ReportsTx,
  TicketEstimate,
  TicketEstimateRepository,
} from './ports.js';
export {
  type IssuedReport,
  listIssuedReports,
  readIssuedReport,
} from './read-issued-reports.js';
export { type ComputedReport, type ReportNames, readReport } from './read-report.js';
export { type RecordedMetrics, recordMetrics } from './record-metrics.js';
export {
  readRecommendations,
  setRecommendations,
  type WindowRecommendations,
} from './set-recommendations.js';
export {
  clearTicketEstimate,
  type PeriodSpan,
  readTicketEstimate,
  setTicketEstimate,
  type TicketEstimateView,
} from './set-ticket-estimate.js';
export { reportsData } from './stored-data.js';
