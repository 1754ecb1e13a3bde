import type { StoredData } from '../shared/index.js';

/** The identity module's tables and the personal data in them. */
export const identityData: readonly StoredData[] = [
  {
    table: 'organisations',
    personal: [],
    notPersonal: [
      { column: 'name', reason: 'a company name: legal persons are not data subjects' },
    ],
  },
  {
    table: 'users',
    personal: ['email', 'name', 'password_hash'],
    subject: {
      locate: [{ column: 'id', holds: 'user' }],
      erasure: {
        name: { kind: 'pseudonym' },
        email: { kind: 'pseudonym_email' },
        password_hash: { kind: 'clear' },
        active: { kind: 'set', value: false },
      },
      secret: ['password_hash'],
    },
  },
  {
    table: 'sessions',
    personal: ['user_id', 'token_hash', 'user_agent', 'ip'],
    subject: {
      locate: [{ column: 'user_id', holds: 'user' }],
      erasure: 'delete',
      secret: ['token_hash'],
    },
  },
  {
    table: 'password_resets',
    personal: ['user_id', 'token_hash'],
    subject: {
      locate: [{ column: 'user_id', holds: 'user' }],
      erasure: 'delete',
      secret: ['token_hash'],
    },
  },
  {
    table: 'api_tokens',
    personal: ['user_id', 'name', 'token_hash'],
    subject: {
      locate: [{ column: 'user_id', holds: 'user' }],
      erasure: 'delete',
      secret: ['token_hash'],
    },
  },
  {
    table: 'second_factors',
    personal: ['user_id', 'secret_sealed'],
    subject: {
      locate: [{ column: 'user_id', holds: 'user' }],
      erasure: 'delete',
      secret: ['secret_sealed'],
    },
  },
  {
    table: 'recovery_codes',
    personal: ['user_id', 'code_hash'],
    subject: {
      locate: [{ column: 'user_id', holds: 'user' }],
      erasure: 'delete',
      secret: ['code_hash'],
    },
  },
  {
    table: 'sign_in_attempts',
    personal: ['key'],
    subject: {
      // a signing-in person's rows are keyed by their email; the per-IP rows live 15 minutes
      locate: [
        { column: 'key', through: { table: 'users', key: 'email', column: 'id', holds: 'user' } },
      ],
      erasure: 'delete',
    },
  },
  {
    table: 'audit_log',
    personal: ['actor_user_id', 'ip'],
    subject: {
      locate: [{ column: 'actor_user_id', holds: 'user' }],
      erasure: { actor_user_id: { kind: 'keep' }, ip: { kind: 'clear' } },
    },
  },
];
