import type { StoredData } from '../shared/index.js';

/**
 * The contacts module's tables: the contacts themselves, each one's history, retention rules,
 * legal holds and the anonymisation log.
 */
export const contactsData: readonly StoredData[] = [
  {
    table: 'contacts',
    personal: [
      'given_name',
      'family_name',
      'name',
      'salutation',
      'email',
      'phone',
      'job_title',
      'tax_id',
      'website',
      'custom',
      'user_id',
      'pseudonym',
    ],
    notPersonal: [{ column: 'company_id', reason: 'the company contact a person works for' }],
    subject: {
      locate: [{ column: 'id', holds: 'contact' }],
      erasure: {
        given_name: { kind: 'pseudonym' },
        family_name: { kind: 'clear' },
        name: { kind: 'pseudonym' },
        salutation: { kind: 'clear' },
        email: { kind: 'clear' },
        phone: { kind: 'clear' },
        job_title: { kind: 'clear' },
        tax_id: { kind: 'clear' },
        website: { kind: 'clear' },
        custom: { kind: 'set', value: '{}' },
        user_id: { kind: 'keep' },
        pseudonym: { kind: 'pseudonym' },
        state: { kind: 'set', value: 'anonymised' },
      },
    },
  },
  {
    table: 'contact_trace',
    personal: ['contact_id', 'actor_user_id', 'old_value', 'new_value', 'reason'],
    subject: {
      locate: [{ column: 'contact_id', holds: 'contact' }],
      erasure: {
        contact_id: { kind: 'keep' },
        actor_user_id: { kind: 'keep' },
        old_value: { kind: 'redact' },
        new_value: { kind: 'redact' },
        reason: { kind: 'redact' },
      },
    },
  },
  // an organisation's retention rule: months and a time zone, nobody's data
  { table: 'retention_rules', personal: [] },
  {
    table: 'legal_holds',
    personal: ['contact_id', 'reason', 'placed_by', 'lifted_by', 'lift_reason'],
    subject: {
      locate: [{ column: 'contact_id', holds: 'contact' }],
      // a hold in force refuses erasure; a lifted one keeps its dates, its free text is redacted
      erasure: {
        contact_id: { kind: 'keep' },
        reason: { kind: 'redact' },
        placed_by: { kind: 'keep' },
        lifted_by: { kind: 'keep' },
        lift_reason: { kind: 'clear' },
      },
    },
  },
  {
    // ids and the pseudonym only: what a restore needs to anonymise the contact again
    table: 'anonymisation_log',
    personal: ['contact_id', 'user_id', 'actor_id'],
    notPersonal: [{ column: 'pseudonym', reason: 'the pseudonym the contact already goes by' }],
    subject: {
      locate: [{ column: 'contact_id', holds: 'contact' }],
      erasure: {
        contact_id: { kind: 'keep' },
        user_id: { kind: 'keep' },
        actor_id: { kind: 'keep' },
      },
    },
  },
];
