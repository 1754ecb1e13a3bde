/** English messages of the agency module (seed 004): rule errors, the calendar feed, the board. */

/** English agency messages. */
export const enAgency = {
  'agency.rule.sprint_length_not_whole_weeks':
    'A sprint of {businessDays} business days is not a whole number of weeks of {openWeekdays} open days.',
  'agency.rule.no_service_time':
    'There is no free {minutes}-minute slot in service hours in that window.',
  'agency.rule.outside_service_hours': 'A ceremony must lie wholly inside service hours.',
  'agency.rule.ceremony_closed': 'This ceremony was already held.',
  'agency.rule.not_channelled_by_decision_maker':
    "Activities reach the agency through the client's decision-maker.",
  'agency.rule.activity_already_decided': 'This activity was already decided.',
  'agency.rule.sprint_already_over':
    'Sprint {sprintNumber} is over; the current one is {currentSprint}.',
  'agency.rule.dependency_unknown': 'The deliverable depends on an unknown deliverable.',
  'agency.rule.dependency_cycle': 'These dependencies form a cycle.',
  'agency.rule.dependency_not_approved': 'It waits for a deliverable it depends on to be approved.',
  'agency.rule.work_suspended': 'Suspended until the client provides a required input.',
  'agency.rule.wrong_state': 'The deliverable is {state}; this step does not apply.',
  'agency.rule.third_round_needs_agreement':
    'Round {round} is beyond the {includedRounds} included and needs both sides’ agreement.',
  'agency.rule.sponsors_missing': 'This ceremony needs the sponsors of both sides invited.',
  'agency.rule.input_already_missing': 'This input is already marked missing.',
  'agency.rule.input_not_missing': 'This input is not missing.',
  'agency.rule.impasse_without_grounds':
    'An impasse is declared on the facts of the month; the evaluation found none.',

  'agency.ceremony.kickoff': 'Kick-off',
  'agency.ceremony.inception': 'Inception',
  'agency.ceremony.release_plan': 'Release plan presentation',
  'agency.ceremony.refinement': 'Sprint refinement',
  'agency.ceremony.review': 'Sprint review',
  'agency.ceremony.monthly_report': 'Monthly report meeting',
  'agency.ceremony.quarterly_strategy': 'Quarterly strategy meeting',
  'agency.ceremony.impasse_follow_up': 'Impasse follow-up',
  'agency.feed.name': 'Agency calendar: {contract}',
  'agency.feed.sprint': 'Sprint {number}',
  'agency.feed.due': 'Due: {title}',
} as const;
