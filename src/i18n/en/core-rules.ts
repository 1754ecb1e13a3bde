/** English sentences of the core modules' broken rules: tickets, contracts and business calendars. */

/** English core rule messages; the keys of every language. */
export const enCoreRules = {
  'tickets.rule.closed_is_final':
    'A closed ticket is final and cannot change status; open a new ticket for a follow-up.',
  'tickets.rule.transition_not_allowed':
    'This status change is not allowed from the ticket’s current status.',
  'tickets.rule.closed_accepts_no_replies':
    'A closed ticket accepts no replies; open a new ticket for a follow-up.',
  'tickets.rule.vendor_wait_needs_l3':
    'Only a ticket escalated to the vendor (level L3) can wait on the vendor; this one is {level}.',
  'tickets.rule.already_escalated': 'The ticket is already escalated to the provider.',
  'tickets.rule.not_escalatable': 'A resolved or closed ticket is not escalated; reopen it first.',
  'tickets.rule.only_resolved_reopens': 'Only a resolved ticket can be reopened.',
  'tickets.rule.contract_not_in_force':
    'The contract is not in force today (from {start} to {end}); no ticket can be opened on it.',
  'contracts.rule.plan_calendar_undefined':
    'The plan’s calendar “{calendar}” is not defined: add it under Calendars.',
  'contracts.rule.contract_ended': 'The contract ended on {end}; no work can be logged after it.',
  'calendars.rule.outside_supported_years':
    'The result lies outside the supported years {from}–{to}.',
  'calendars.rule.never_open': 'The calendar is never open, so no deadline can be computed on it.',
  'calendars.rule.no_open_time_after':
    'The calendar has no open time within {years} years after {at}.',
  'calendars.rule.no_open_time_before':
    'The calendar has no open time within {years} years before {at}.',
} as const;
