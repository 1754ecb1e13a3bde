/**
 * Customer success's broken rules, as codes rendered through `customerSuccess.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every customer-success rule a command can break. */
export const customerSuccessRules = [
  'indirect_client_managed_by_partner',
  'not_an_account_manager',
  'assignment_in_the_past',
  'meeting_too_long',
  'outside_service_hours',
  'no_service_time',
  'meeting_not_started',
  'meeting_cancelled',
  'meeting_held',
  'ask_your_partner',
  'not_allowed_to_request',
  'outcome_does_not_fit',
  'request_closed',
] as const;

/** One of {@link customerSuccessRules}. */
export type CustomerSuccessRule = (typeof customerSuccessRules)[number];

/** Builds a customer-success {@link RuleError}. */
export const customerSuccessError = ruleErrors<CustomerSuccessRule>('customerSuccess');
