/**
 * The client's platform metrics that the biweekly monitoring report shows (seed 002, "Monitoreo
 * periódico": licences, log-in rate, storage, API use, data completeness "basado en reglas
 * definidas en conjunto entre Infinity y el Cliente"), and the checks of what comes in: a batch of
 * dated values (the API's `POST /api/contracts/{id}/metrics` and the web app's CSV upload give the
 * same rows) and the thresholds the contract agrees.
 *
 * Values are exact: hundredths as integers (87.5 % is 8750). Every problem is reported, not just
 * the first, as a code with parameters and the path of the field, so a CSV upload lists them all.
 * Nothing is accepted that would never apply: an unknown metric, a rule the contract does not
 * have, a date before the contract or after today, a value out of its unit's range, or the
 * same metric twice on one day.
 */
import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../time/index.js';

/** The platform metrics and their units (storage is the share of the allowance used). */
export const platformMetrics = {
  licences_used: 'count',
  licences_available: 'count',
  login_rate: 'percent',
  storage_used: 'percent',
  api_calls: 'count',
} as const;

/** One of the {@link platformMetrics}. */
export type PlatformMetric = keyof typeof platformMetrics;

/** How a metric is measured. */
export type MetricUnit = 'count' | 'percent';

/** A metric: a platform metric, or `completeness:<rule>` for an agreed completeness rule. */
export type MetricKey = PlatformMetric | `completeness:${string}`;

/** A data-completeness rule agreed with the client ("Cuentas con RUT", key `accounts_rut`). */
export interface CompletenessRule {
  readonly key: string;
  readonly label: string;
}

/** When a metric raises an alert: strictly above or strictly below `limit` (hundredths). */
export interface Threshold {
  readonly metric: MetricKey;
  readonly alertWhen: 'above' | 'below';
  readonly limit: number;
}

/** What the contract agrees for monitoring: its completeness rules and its thresholds. */
export interface MonitoringSetup {
  readonly rules: readonly CompletenessRule[];
  readonly thresholds: readonly Threshold[];
}

/** One accepted value. */
export interface MetricReading {
  readonly metric: MetricKey;
  readonly on: LocalDate;
  readonly hundredths: number;
}

/** One row as it arrives, from JSON or a CSV line. */
export interface RawReading {
  readonly metric: unknown;
  readonly on: unknown;
  readonly value: unknown;
}

/** Why a row or a threshold was refused (each has a message in the i18n catalogs). */
export type MetricIssueCode =
  | 'required'
  | 'unknown_metric'
  | 'not_a_date'
  | 'before_contract'
  | 'in_the_future'
  | 'not_a_number'
  | 'too_many_decimals'
  | 'not_whole'
  | 'out_of_range'
  | 'duplicate';

/** A refused field: its path, a code and the code's parameters. */
export interface MetricIssue {
  readonly path: string;
  readonly code: MetricIssueCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Most rows one batch may carry. */
export const maxBatchRows = 5000;

/** Largest count accepted (hundredths stay exact integers well below it). */
const maxCount = 1_000_000_000_000;

/** zod shape of the API batch; {@link checkMetricsBatch} then checks each row against the contract. */
export const metricsBatchSchema = z.strictObject({
  readings: z
    .array(
      z.strictObject({
        metric: z.string().max(120),
        on: z.string().max(20),
        value: z.union([z.number(), z.string().max(40)]),
      }),
    )
    .min(1)
    .max(maxBatchRows),
});

/** The unit of a metric key under a setup; null when the key names nothing the contract has. */
export function unitOf(metric: string, rules: readonly CompletenessRule[]): MetricUnit | null {
  if (Object.hasOwn(platformMetrics, metric)) return platformMetrics[metric as PlatformMetric];
  const rule = metric.startsWith('completeness:') ? metric.slice('completeness:'.length) : null;
  return rule !== null && rules.some((r) => r.key === rule) ? 'percent' : null;
}

/** Parses a decimal written with `separator` into hundredths; a code when it cannot. */
function hundredthsOf(
  value: unknown,
  separator: '.' | ',',
): number | 'required' | 'not_a_number' | 'too_many_decimals' {
  if (value === null || value === undefined || value === '') return 'required';
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  const mark = typeof value === 'number' ? '.' : separator;
  const match = text === null ? null : new RegExp(`^(-?\\d+)(?:\\${mark}(\\d+))?$`).exec(text);
  if (match === null || (typeof value === 'number' && !Number.isFinite(value)))
    return 'not_a_number';
  const [, whole = '0', fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(2))) return 'too_many_decimals';
  const cents =
    Number(whole) * 100 +
    Math.sign(Number(`${whole}1`)) * Number(fraction.slice(0, 2).padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : 'not_a_number';
}

/** Checks a value in hundredths against its unit's range. */
function rangeIssue(unit: MetricUnit, hundredths: number): Omit<MetricIssue, 'path'> | null {
  if (unit === 'count' && hundredths % 100 !== 0) return { code: 'not_whole', params: {} };
  const max = unit === 'percent' ? 10_000 : maxCount * 100;
  if (hundredths < 0 || hundredths > max)
    return { code: 'out_of_range', params: { min: 0, max: max / 100 } };
  return null;
}

/** What a batch is checked against. */
export interface BatchContext {
  readonly rules: readonly CompletenessRule[];
  readonly contractStart: LocalDate;
  /** Today in the contract's zone: later dates are refused. */
  readonly today: LocalDate;
  /** The decimal mark of text values: `.` for the API, `,` for a Spanish CSV. */
  readonly decimalSeparator: '.' | ',';
  /** Path of the rows, e.g. `readings` or `rows`. */
  readonly path: string;
}

/** Checks every row; returns the accepted readings and every issue (accept only when none). */
export function checkMetricsBatch(
  rows: readonly RawReading[],
  context: BatchContext,
): { readings: MetricReading[]; issues: MetricIssue[] } {
  const readings: MetricReading[] = [];
  const issues: MetricIssue[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = `${context.path}[${index}]`;
    const before = issues.length;
    const metric = typeof row.metric === 'string' ? row.metric.trim() : '';
    const unit = unitOf(metric, context.rules);
    if (metric === '') issues.push({ path: `${at}.metric`, code: 'required', params: {} });
    else if (unit === null)
      issues.push({ path: `${at}.metric`, code: 'unknown_metric', params: { metric } });
    const on = typeof row.on === 'string' ? row.on.trim() : '';
    if (!isLocalDate(on))
      issues.push({
        path: `${at}.on`,
        code: on === '' ? 'required' : 'not_a_date',
        params: { value: on },
      });
    else if (on < context.contractStart)
      issues.push({
        path: `${at}.on`,
        code: 'before_contract',
        params: { start: context.contractStart },
      });
    else if (on > context.today)
      issues.push({ path: `${at}.on`, code: 'in_the_future', params: { today: context.today } });
    const value = hundredthsOf(row.value, context.decimalSeparator);
    if (typeof value === 'string') issues.push({ path: `${at}.value`, code: value, params: {} });
    else if (unit !== null) {
      const issue = rangeIssue(unit, value);
      if (issue) issues.push({ path: `${at}.value`, ...issue });
    }
    const key = `${metric}|${on}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: at, code: 'duplicate', params: { row: first } });
    else seen.set(key, index);
    if (issues.length === before && typeof value === 'number')
      readings.push({ metric: metric as MetricKey, on, hundredths: value });
  });
  return { readings, issues };
}

/** Checks a contract's thresholds against its rules: known metric, limit in range, one per metric and direction. */
export function checkThresholds(setup: MonitoringSetup, path = 'thresholds'): MetricIssue[] {
  const issues: MetricIssue[] = [];
  const seen = new Map<string, number>();
  setup.thresholds.forEach((threshold, index) => {
    const at = `${path}[${index}]`;
    const unit = unitOf(threshold.metric, setup.rules);
    if (unit === null)
      issues.push({
        path: `${at}.metric`,
        code: 'unknown_metric',
        params: { metric: threshold.metric },
      });
    if (!Number.isSafeInteger(threshold.limit))
      issues.push({ path: `${at}.limit`, code: 'not_a_number', params: {} });
    else if (unit !== null) {
      const issue = rangeIssue(unit, threshold.limit);
      if (issue) issues.push({ path: `${at}.limit`, ...issue });
    }
    const key = `${threshold.metric}|${threshold.alertWhen}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: at, code: 'duplicate', params: { row: first } });
    else seen.set(key, index);
  });
  return issues;
}

/** Whether a value crosses a threshold (strictly beyond its limit). */
export function crosses(threshold: Threshold, hundredths: number): boolean {
  return threshold.alertWhen === 'above'
    ? hundredths > threshold.limit
    : hundredths < threshold.limit;
}

/** The line of an uploaded file that a row's path (`rows[3].value`) names: row i is line i + 2. */
export function uploadLineOf(path: string): number | null {
  const index = /^rows\[(\d+)\]/.exec(path)?.[1];
  return index === undefined ? null : Number(index) + 2;
}
