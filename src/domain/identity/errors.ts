/**
 * The identity module's broken rules, as codes rendered through `identity.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every identity rule a command can break. */
export const identityRules = [
  'reset_link_unusable',
  'two_factor_staff_only',
  'two_factor_on',
  'two_factor_not_started',
  'two_factor_secret_key_missing',
  'oidc_not_configured',
  'oidc_failed',
  'oidc_email_unverified',
  'oidc_no_account',
] as const;

/** One of {@link identityRules}. */
export type IdentityRule = (typeof identityRules)[number];

/** Builds an identity {@link RuleError}. */
export const identityError = ruleErrors<IdentityRule>('identity');
