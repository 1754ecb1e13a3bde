/**
 * The reports module's broken rules, as codes rendered through `reports.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every reports rule a command can break. */
export const reportRules = [
  'monitoring_not_included',
  'ticket_not_planned',
  'period_closed',
  'period_over',
] as const;

/** One of {@link reportRules}. */
export type ReportRule = (typeof reportRules)[number];

/** Builds a reports {@link RuleError}. */
export const reportError = ruleErrors<ReportRule>('reports');
