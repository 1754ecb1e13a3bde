/**
 * The communications module's broken rules, as codes rendered through
 * `communications.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every communications rule a command can break. */
export const communicationRules = [
  'contact_anonymised',
  'source_cannot_grant',
  'no_versions',
  'duplicate_version',
  'unknown_segment',
  'unsubscribe_link_missing',
  'template_syntax',
  'unknown_field',
  'missing_field',
  'campaign_not_editable',
  'unsubscribe_unavailable',
  'no_email_address',
  'no_recipients',
] as const;

/** One of {@link communicationRules}. */
export type CommunicationRule = (typeof communicationRules)[number];

/** Builds a communications {@link RuleError}. */
export const communicationError = ruleErrors<CommunicationRule>('communications');
