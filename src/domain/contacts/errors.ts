/**
 * The contacts module's broken rules, as codes rendered through `contacts.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every contacts rule a command can break. */
export const contactRules = [
  'contact_anonymised',
  'company_cannot_sign_in',
  'user_of_other_organisation',
  'already_signs_in',
  'registry_conflict',
  'log_out_of_sequence',
  'log_disagrees',
  'legal_hold',
  'hold_lifted',
] as const;

/** One of {@link contactRules}. */
export type ContactRule = (typeof contactRules)[number];

/** Builds a contacts {@link RuleError}. */
export const contactError = ruleErrors<ContactRule>('contacts');
