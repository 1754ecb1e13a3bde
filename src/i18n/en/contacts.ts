/**
 * English messages of contacts and privacy: rule errors, the trace's actions, retention reasons.
 */

/** English contacts messages. */
export const enContacts = {
  'contacts.rule.contact_anonymised': 'This contact was anonymised; its data can no longer change.',
  'contacts.rule.company_cannot_sign_in': 'Only a person can sign in, not a company.',
  'contacts.rule.user_of_other_organisation':
    'The user belongs to another organisation than the contact.',
  'contacts.rule.already_signs_in': 'This contact already signs in as another user.',
  'contacts.rule.registry_conflict': 'Personal-data registry error in {table}: {problem}.',
  'contacts.rule.log_out_of_sequence':
    'The anonymisation log is incomplete: line {line} should be number {expected}, not {found}.',
  'contacts.rule.log_disagrees':
    'The anonymisation log file and the database disagree at number {sequence} (contact {fileContact} in the file, {databaseContact} in the database): point PACTA_ANONYMISATION_LOG at the log of this installation.',
  'contacts.rule.legal_hold':
    'This contact is under a legal hold (“{reason}”) and cannot be anonymised until an administrator lifts it.',
  'contacts.rule.hold_lifted': 'This legal hold was already lifted.',

  'contacts.anonymised': 'Anonymised contact {pseudonym}',
  'contacts.redacted': 'Deleted when the contact was anonymised',
  'contacts.trace.created': 'Created',
  'contacts.trace.viewed': 'Viewed',
  'contacts.trace.exported': 'Data exported',
  'contacts.trace.rectified': 'Corrected {field}',
  'contacts.trace.anonymised': 'Anonymised',
  'contacts.trace.consent_granted': 'Consent given',
  'contacts.trace.consent_withdrawn': 'Consent withdrawn',
  'contacts.trace.user_linked': 'Linked to a user who signs in',
  'contacts.retention.open_tickets': 'Has tickets that are not closed',
  'contacts.retention.no_tickets': 'Has no tickets',
  'contacts.retention.signs_in': 'Still signs in',
  'contacts.retention.legal_hold': 'Kept under a legal hold',
  'contacts.retention.not_due': 'Due on {date}',
} as const;
