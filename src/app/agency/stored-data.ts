import type { StoredData } from '../shared/index.js';

const agreementRecord =
  "the agreement's audited record (seed 004 §3.3, §5): user ids, instants and work texts both sides rely on";

/**
 * The agency module's tables. People are referenced by user id (erased in users); each
 * record's JSON is the agreement's history (approvals, rounds, impasse facts and actas) that
 * both parties keep, so erasure keeps it.
 */
export const agencyData: readonly StoredData[] = [
  {
    table: 'agency_accounts',
    personal: ['configured_by'],
    subject: {
      locate: [{ column: 'configured_by', holds: 'user' }],
      erasure: { configured_by: { kind: 'keep' } },
    },
  },
  {
    table: 'agency_people',
    personal: ['user_id'],
    subject: {
      locate: [{ column: 'user_id', holds: 'user' }],
      erasure: { user_id: { kind: 'keep' } },
    },
  },
  {
    table: 'agency_ceremonies',
    personal: [],
    notPersonal: [{ column: 'record', reason: agreementRecord }],
  },
  ...(
    [
      ['agency_activities', 'suggested_by'],
      ['agency_deliverables', 'owned_by'],
      ['agency_facts', 'recorded_by'],
      ['agency_impasses', 'declared_by'],
    ] as const
  ).map(
    ([table, person]): StoredData => ({
      table,
      personal: [person, 'record'],
      subject: {
        locate: [{ column: person, holds: 'user' }],
        erasure: {
          [person]: { kind: 'keep' },
          record: { kind: 'retain', reason: agreementRecord },
        },
      },
    }),
  ),
  {
    table: 'contract_feed_tokens',
    personal: ['created_by', 'token_hash'],
    subject: {
      locate: [{ column: 'created_by', holds: 'user' }],
      // The person's subscriptions go with them; the contract's staff can issue new ones.
      erasure: 'delete',
      secret: ['token_hash'],
    },
  },
  {
    table: 'agency_user_feed_tokens',
    personal: ['user_id', 'token_hash'],
    subject: {
      locate: [{ column: 'user_id', holds: 'user' }],
      // A person's own calendar URL goes with them.
      erasure: 'delete',
      secret: ['token_hash'],
    },
  },
];
