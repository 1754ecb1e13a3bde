/**
 * The ticket rules a command can break, as codes rendered through `tickets.rule.<code>`, so a
 * refused status change or reply reads in the user's language.
 */
import { ruleErrors } from '../rule-error.js';

/** Every ticket rule a command can break. */
export const ticketRules = [
  'closed_is_final',
  'transition_not_allowed',
  'closed_accepts_no_replies',
  'vendor_wait_needs_l3',
  'already_escalated',
  'not_escalatable',
  'only_resolved_reopens',
  'contract_not_in_force',
] as const;

/** One of {@link ticketRules}. */
export type TicketRule = (typeof ticketRules)[number];

/** Builds a ticket {@link RuleError}. */
export const ticketError = ruleErrors<TicketRule>('tickets');
