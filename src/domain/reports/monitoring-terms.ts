/**
 * What a contract agrees about the biweekly monitoring (seed 002, "Monitoreo quincenal" in every
 * Infinity plan; "alerta de umbrales"; completeness "basado en reglas definidas en conjunto entre
 * Infinity y el Cliente"): its completeness rules and a threshold per metric.
 *
 * The terms are a field of the plan's parameters (`monitoring`, null when the plan includes no
 * monitoring), so a contract keeps them in its snapshot of the plan and a dated parameter change
 * amends them like any other term: each report reads the terms in force on its window's last
 * day, and an agreed change never rewrites the alerts of a report already sent.
 *
 * In JSON a limit is a decimal with at most two places (80.5 means 80.5 %); the domain compares
 * exact hundredths ({@link monitoringSetupOf}).
 */
import { z } from 'zod';
import { checkThresholds, type MetricIssue, type MonitoringSetup } from './metrics.js';

const twoDecimals = z
  .number()
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, 'at most 2 decimals');

/** zod schema of the monitoring terms in their JSON form (cross-checks: {@link monitoringTermIssues}). */
export const monitoringTermsSchema = z.strictObject({
  rules: z
    .array(
      z.strictObject({
        key: z
          .string()
          .regex(/^[a-z0-9_]{1,40}$/, 'lower-case letters, digits and _ (1 to 40 characters)'),
        label: z.string().trim().min(1).max(120),
      }),
    )
    .max(50),
  thresholds: z
    .array(
      z.strictObject({
        metric: z.string().trim().min(1).max(120),
        alertWhen: z.enum(['above', 'below']),
        limit: twoDecimals,
      }),
    )
    .max(100),
});

/** The monitoring terms of a plan or contract. */
export type MonitoringTerms = z.output<typeof monitoringTermsSchema>;

/** The terms as the report's rules and thresholds, limits in exact hundredths. */
export function monitoringSetupOf(terms: MonitoringTerms): MonitoringSetup {
  return {
    rules: terms.rules,
    thresholds: terms.thresholds.map((t) => ({
      metric: t.metric as MonitoringSetup['thresholds'][number]['metric'],
      alertWhen: t.alertWhen,
      limit: Math.round(t.limit * 100),
    })),
  };
}

/** An issue in words (the plan's validation speaks English messages beside the field's path). */
function sentence(issue: MetricIssue): string {
  const { params } = issue;
  switch (issue.code) {
    case 'unknown_metric':
      return `unknown metric "${params.metric}": a platform metric or completeness:<an agreed rule>`;
    case 'out_of_range':
      return `must be from ${params.min} to ${params.max}`;
    case 'not_whole':
      return 'a count must be a whole number';
    case 'duplicate':
      return `repeats the threshold at index ${params.row}`;
    default:
      return issue.code.replaceAll('_', ' ');
  }
}

/**
 * What is wrong across the terms' fields: a threshold on a metric the contract does not have,
 * out of its unit's range, twice in one direction, or two rules with one key. Paths are relative
 * to the terms (`thresholds[0].metric`).
 */
export function monitoringTermIssues(terms: MonitoringTerms): { path: string; message: string }[] {
  const seen = new Map<string, number>();
  const ruleIssues = terms.rules.flatMap((rule, index) => {
    const first = seen.get(rule.key);
    seen.set(rule.key, first ?? index);
    return first === undefined
      ? []
      : [{ path: `rules[${index}].key`, message: `repeats the rule at index ${first}` }];
  });
  const thresholdIssues = checkThresholds(monitoringSetupOf(terms)).map((issue) => ({
    path: issue.path,
    message: sentence(issue),
  }));
  return [...ruleIssues, ...thresholdIssues];
}
