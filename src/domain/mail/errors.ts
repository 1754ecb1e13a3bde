/**
 * The mail module's broken rules, as codes rendered through `mail.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every mail rule a command can break. */
export const mailRules = ['secret_key_missing', 'mailbox_password_unreadable'] as const;

/** One of {@link mailRules}. */
export type MailRule = (typeof mailRules)[number];

/** Builds a mail {@link RuleError}. */
export const mailError = ruleErrors<MailRule>('mail');
