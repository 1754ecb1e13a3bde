/**
 * English messages of customer success: rule errors, meetings and their standard agendas,
 * account requests and their outcomes.
 */

/** English customer-success messages. */
export const enCustomerSuccess = {
  'customerSuccess.rule.indirect_client_managed_by_partner':
    'This client is managed by its partner, which is its first line; assign a CSM to the partner instead.',
  'customerSuccess.rule.not_an_account_manager': 'A CSM must be an account manager.',
  'customerSuccess.rule.assignment_in_the_past':
    'A new CSM cannot start before {currentFrom}, when the current one started.',
  'customerSuccess.rule.meeting_too_long': 'This meeting lasts {max} minutes at most.',
  'customerSuccess.rule.outside_service_hours': 'A meeting must lie inside service hours.',
  'customerSuccess.rule.no_service_time':
    'There is no free stretch of {minutes} minutes in service hours for this meeting.',
  'customerSuccess.rule.meeting_not_started':
    'Minutes can be recorded once the meeting has started.',
  'customerSuccess.rule.meeting_cancelled': 'The meeting was cancelled.',
  'customerSuccess.rule.meeting_held': 'The meeting was already held.',
  'customerSuccess.rule.ask_your_partner':
    'Your account is managed by your partner: please send this request through them.',
  'customerSuccess.rule.not_allowed_to_request':
    'Only your organisation’s decision-maker can make account requests.',
  'customerSuccess.rule.outcome_does_not_fit':
    'A request that is {status} cannot become {to}: open → accepted or declined, accepted → done or declined.',
  'customerSuccess.rule.request_closed': 'This request is already closed.',

  'customerSuccess.meeting.quarterly_review': 'Quarterly review',
  'customerSuccess.meeting.monthly_planning': 'Monthly service planning',
  'customerSuccess.invitation.new.subject': 'Invitation: {ceremony} · {contract}',
  'customerSuccess.invitation.new.body':
    'You are invited to the {ceremony} of {contract}: {when} to {until} ({zone}).',
  'customerSuccess.invitation.moved.subject': 'Moved: {ceremony} · {contract}',
  'customerSuccess.invitation.moved.body':
    'The {ceremony} of {contract} was moved. It now takes place {when} to {until} ({zone}).',
  'customerSuccess.invitation.cancelled.subject': 'Cancelled: {ceremony} · {contract}',
  'customerSuccess.invitation.cancelled.body':
    'The {ceremony} of {contract} on {when} ({zone}) is cancelled.',
  'customerSuccess.agenda.project_progress': 'How the project is progressing',
  'customerSuccess.agenda.plan_usage': 'Use of the plan and its support hours',
  'customerSuccess.agenda.next_quarter': 'Goals for the next quarter',
  'customerSuccess.agenda.state_of_service':
    'State of the service: open and closed tickets, observations and recommendations',
  'customerSuccess.agenda.features_to_implement': 'Features that could be implemented',
  'customerSuccess.agenda.implementation_tickets':
    'Implementation activities planned as tickets or groups of tickets',

  'customerSuccess.request.parameter_change': 'Change of account parameters',
  'customerSuccess.request.additional_services': 'Additional services',
  'customerSuccess.request.renewal': 'Contract renewal',
} as const;
