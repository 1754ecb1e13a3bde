/**
 * The agency's rule violations carry a rule code and parameters (not English text to parse), so
 * every edge renders them in the user's language; they map to `rule_violation` at the HTTP edge.
 */
import type { ErrorPath } from '../errors.js';
import { RuleError, type RuleParams } from '../rule-error.js';

/** Every agency rule a command can break. */
export const agencyRules = [
  'sprint_length_not_whole_weeks',
  'no_service_time',
  'outside_service_hours',
  'ceremony_closed',
  'ceremony_cancelled',
  'not_channelled_by_decision_maker',
  'activity_already_decided',
  'sprint_already_over',
  'dependency_unknown',
  'dependency_cycle',
  'dependency_not_approved',
  'work_suspended',
  'wrong_state',
  'third_round_needs_agreement',
  'sponsors_missing',
  'input_already_missing',
  'input_not_missing',
  'impasse_without_grounds',
  'only_decision_maker_answers',
] as const;

/** One of {@link agencyRules}. */
export type AgencyRule = (typeof agencyRules)[number];

/** A broken agency rule: `rule` and `params` say what, rendered through `agency.rule.<rule>`. */
export class AgencyRuleError extends RuleError<AgencyRule> {
  constructor(rule: AgencyRule, params: RuleParams, message: string, path?: ErrorPath) {
    super('agency', rule, params, message, path);
  }
}
