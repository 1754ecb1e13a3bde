/**
 * The business-calendar rules a computation can break, as codes rendered through
 * `calendars.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every calendar rule a computation can break. */
export const calendarRules = [
  'outside_supported_years',
  'never_open',
  'no_open_time_after',
  'no_open_time_before',
] as const;

/** One of {@link calendarRules}. */
export type CalendarRule = (typeof calendarRules)[number];

/** Builds a calendar {@link RuleError}. */
export const calendarError = ruleErrors<CalendarRule>('calendars');
