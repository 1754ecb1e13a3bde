import type { StoredData } from '../shared/index.js';

/** The identity module's tables and the personal data in them. */
export const identityData: readonly StoredData[] = [
  { table: 'organisations', personal: [] },
  { table: 'users', personal: ['email', 'name', 'password_hash'] },
  { table: 'sessions', personal: ['user_id'] },
  { table: 'api_tokens', personal: ['user_id', 'name'] },
  { table: 'sign_in_attempts', personal: ['key'] },
  { table: 'audit_log', personal: ['actor_user_id', 'ip'] },
];
