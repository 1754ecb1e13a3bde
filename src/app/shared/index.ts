/** What every module of `src/app` shares: ports, authorisation, auditing, events, error paths. */
export {
  type AuditEntry,
  type AuditingTx,
  type AuditLog,
  auditEntryOf,
  commandLineOrigin,
  jobOrigin,
  mailOrigin,
  type Origin,
  recordChange,
  startupOrigin,
  type Via,
} from './audit.js';
export { authorise, authorOf, inReach } from './authorise.js';
export { rebasePath } from './error-paths.js';
export {
  defineEvent,
  type EventDefinition,
  type Outbox,
  type RecordedEvent,
  recordEvent,
} from './events.js';
export { type GroupOptions, groupCommit } from './group-commit.js';
export type { ChangeTx, Clock, Ids, Transact } from './ports.js';
export type { SecretBox } from './secret-box.js';
export type { AnonymiseAction, Locator, StoredData } from './stored-data.js';
