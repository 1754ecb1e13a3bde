/**
 * The projects module's broken rules as codes with parameters (src/domain/rule-error.ts), each
 * rendered from `projects.rule.<rule>` in the user's language.
 */
import type { ErrorPath } from '../errors.js';
import { RuleError, type RuleParams } from '../rule-error.js';

/** Every rule of the projects module an edge can render. */
export const projectRules = [
  'one_accountable',
  'responsible_required',
  'dependency_cycle',
  'no_product_owner',
  'budget_exceeded',
  'no_hourly_rate',
  'growth_needs_monthly_plan',
  'no_business_day',
  'roadmap_not_planned',
  'growth_not_on_period_start',
  'growth_month_billed',
  'already_funded',
  'nothing_funded',
] as const;

/** One of {@link projectRules}. */
export type ProjectRule = (typeof projectRules)[number];

/** A broken projects rule: `rule` and `params` say what, rendered through `projects.rule.<rule>`. */
export class ProjectsRuleError extends RuleError<ProjectRule> {
  constructor(rule: ProjectRule, params: RuleParams, message: string, path?: ErrorPath) {
    super('projects', rule, params, message, path);
  }
}
