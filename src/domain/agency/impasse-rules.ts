/**
 * The monthly evaluation of seed 004 §5: from the facts of a calendar month (in the contract's
 * zone) it raises a possible impasse and names the facts behind each rule that fired:
 * - `redo_requests`: the client asked to redo deliverables 2 or more times in the month;
 * - `many_revision_rounds`: more than 3 deliverables reached a third (or later) round in it;
 * - `missed_delivery_times`: either side missed a delivery time (pieces or corrections);
 * - `calls_of_attention`: more than two calls of attention from the agency;
 * - `inputs_not_under_control`: a required input was missing at some moment of the month;
 * - `client_complaints`: more than two complaints from the client.
 */
import { addMonths } from '../time/index.js';
import { type AgencyCalendar, dateOf, spanOfDates } from './agency-calendar.js';
import type { FactKind, ImpasseFact } from './facts.js';

/** The rules of §5, in the seed's order. */
export const impasseRules = [
  'redo_requests',
  'many_revision_rounds',
  'missed_delivery_times',
  'calls_of_attention',
  'inputs_not_under_control',
  'client_complaints',
] as const;

/** One of {@link impasseRules}. */
export type ImpasseRule = (typeof impasseRules)[number];

/** A rule that fired, the facts behind it and the figures it compared. */
export interface Trigger {
  readonly rule: ImpasseRule;
  readonly facts: readonly ImpasseFact[];
  readonly params: Readonly<Record<string, number>>;
}

/** A month's evaluation. */
export interface ImpasseEvaluation {
  readonly month: string;
  readonly possibleImpasse: boolean;
  readonly triggers: readonly Trigger[];
}

type Of<K extends FactKind> = Extract<ImpasseFact, { kind: K }>;

function ofKind<K extends FactKind>(facts: readonly ImpasseFact[], kind: K): Of<K>[] {
  return facts.filter((fact): fact is Of<K> => fact.kind === kind);
}

/** Evaluates the rules of §5 over the facts of `month` (`YYYY-MM`). */
export function evaluateImpasseRules(
  calendar: AgencyCalendar,
  facts: readonly ImpasseFact[],
  month: string,
): ImpasseEvaluation {
  const first = `${month}-01`;
  const span = spanOfDates(calendar, first, addMonths(first, 1));
  const inMonth = facts.filter((fact) => dateOf(calendar, fact.at).startsWith(`${month}-`));
  const triggers: Trigger[] = [];
  const fire = (rule: ImpasseRule, found: readonly ImpasseFact[], params: Record<string, number>) =>
    triggers.push({ rule, facts: found, params });

  const redo = ofKind(inMonth, 'redo_request');
  if (redo.length >= 2) fire('redo_requests', redo, { count: redo.length, atLeast: 2 });

  const lateRounds = ofKind(inMonth, 'revision_round').filter((fact) => fact.round >= 3);
  const deliverables = new Set(lateRounds.map((fact) => fact.deliverableId));
  if (deliverables.size > 3) {
    fire('many_revision_rounds', lateRounds, { deliverables: deliverables.size, moreThan: 3 });
  }

  const missed = ofKind(inMonth, 'missed_delivery');
  if (missed.length > 0) {
    const agency = missed.filter((fact) => fact.side === 'agency').length;
    fire('missed_delivery_times', missed, { agency, client: missed.length - agency });
  }

  const calls = ofKind(inMonth, 'call_of_attention');
  if (calls.length > 2) fire('calls_of_attention', calls, { count: calls.length, moreThan: 2 });

  const inputs = ofKind(facts, 'input_not_under_control').filter(
    (fact) => fact.at < span.end && (fact.until === null || fact.until > span.start),
  );
  if (inputs.length > 0) fire('inputs_not_under_control', inputs, { count: inputs.length });

  const complaints = ofKind(inMonth, 'client_complaint');
  if (complaints.length > 2) {
    fire('client_complaints', complaints, { count: complaints.length, moreThan: 2 });
  }
  return { month, possibleImpasse: triggers.length > 0, triggers };
}
