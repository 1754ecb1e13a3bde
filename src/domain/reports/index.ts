/**
 * The reports' public face: one pure model per report (issue 14), each built from plain data with
 * time as an argument, for the renderers (src/reports), and later the routes, jobs and web pages.
 */
export {
  type ArchivedVersion,
  type Edition,
  type IssueReason,
  issueReasons,
  monitoringWindowsDue,
  nextEdition,
  type ReportKind,
  reportKinds,
} from './archive.js';
export {
  type BreachedTicket,
  type ComplianceInput,
  type ComplianceReport,
  type ComplianceTerms,
  type CriticalityCount,
  complianceReport,
  type JudgedCompliance,
  type TrendPoint,
  trendLength,
} from './compliance.js';
export { type ReportRule, reportError, reportRules } from './errors.js';
export {
  checkEstimateMinutes,
  isPlannable,
  maxEstimateMinutes,
  plannedPeriod,
} from './estimates.js';
export type { InvoiceLine } from './invoice.js';
export {
  type BatchContext,
  type CompletenessRule,
  checkMetricsBatch,
  checkThresholds,
  crosses,
  type MetricIssue,
  type MetricIssueCode,
  type MetricKey,
  type MetricReading,
  type MetricUnit,
  type MonitoringSetup,
  maxBatchRows,
  metricsBatchSchema,
  type PlatformMetric,
  platformMetrics,
  type RawReading,
  type Threshold,
  unitOf,
  uploadLineOf,
} from './metrics.js';
export {
  type MetricRow,
  type MonitoredTicket,
  type MonitoringInput,
  type MonitoringReport,
  type MonitoringWindow,
  monitoringReport,
  windowByIndex,
  windowDays,
  windowOf,
} from './monitoring.js';
export {
  type MonitoringTerms,
  monitoringSetupOf,
  monitoringTermsSchema,
} from './monitoring-terms.js';
export {
  type ForecastLine,
  type PlannedWork,
  type PlanningInput,
  type PlanningReport,
  type Proposal,
  planningReport,
  type UsagePoint,
} from './planning.js';
export { type Reader, reportRecipients } from './recipients.js';
export {
  type AdjustmentLine,
  chargedMinutes,
  type HourStatement,
  hourStatement,
  type PeriodGrant,
  type StatementInput,
  type TicketFacts,
  type WorkLine,
  type WorkLogRow,
} from './statement.js';
export type { ContractLedger, GrantShare } from './statement-ledger.js';
