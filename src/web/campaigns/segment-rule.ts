/**
 * A segment's rule as the editor shows it: a list of conditions that must all hold, each one
 * possibly negated ("not"). Rules of another shape (an `any`, nested groups) are edited as JSON.
 */
import type { SegmentCondition } from '../../domain/communications/segments.js';

/** The field a condition tests. */
export type ConditionField = SegmentCondition['field'];

/** One line of the editor: a condition and whether it is negated. */
export interface RuleRow {
  readonly negated: boolean;
  readonly condition: SegmentCondition;
}

/** Every field the editor offers, in its order. */
export const conditionFields: readonly ConditionField[] = [
  'client',
  'plan',
  'role',
  'language',
  'country',
  'kind',
  'contact',
  'consent',
  'tickets',
];

const isCondition = (rule: unknown): rule is SegmentCondition =>
  typeof rule === 'object' &&
  rule !== null &&
  conditionFields.includes((rule as { field?: ConditionField }).field as ConditionField);

function rowOf(rule: unknown): RuleRow | null {
  if (isCondition(rule)) return { negated: false, condition: rule };
  const inner = (rule as { not?: unknown } | null)?.not;
  return isCondition(inner) ? { negated: true, condition: inner } : null;
}

/** The rows of a rule, or null when the rule has a shape the rows cannot show. */
export function rowsOf(rule: unknown): RuleRow[] | null {
  const all = (rule as { all?: unknown } | null)?.all;
  const parts = Array.isArray(all) ? all : [rule];
  const rows = parts.map(rowOf);
  return rows.every((row) => row !== null) ? (rows as RuleRow[]) : null;
}

/** The rule the rows make: one condition, or all of them. */
export function ruleOf(rows: readonly RuleRow[]): unknown {
  const parts = rows.map((row) => (row.negated ? { not: row.condition } : row.condition));
  return parts.length === 1 ? parts[0] : { all: parts };
}

/** A new condition on `field` with a first value to change. */
export function blankCondition(field: ConditionField): SegmentCondition {
  switch (field) {
    case 'contact':
      return { field, name: 'email', equals: '' };
    case 'consent':
      return { field, channel: 'email', purpose: 'marketing' };
    case 'tickets':
      return { field, inLastDays: 30, atLeast: 1 };
    case 'role':
      return { field, in: ['client_requester'] };
    case 'language':
      return { field, in: ['es'] };
    case 'kind':
      return { field, in: ['person'] };
    default:
      // a client, plan or country still to pick: the live count names the empty list
      return { field, in: [] } as unknown as SegmentCondition;
  }
}
