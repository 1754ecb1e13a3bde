/**
 * The ports every module shares: the time, fresh ids and the transaction. Each module declares
 * its own repositories in its `ports.ts`; only `src/main/` assembles real ones.
 */
import type { AuditingTx } from './audit.js';
import type { Outbox } from './events.js';

/** The current time, injected so use-cases and tests agree on "now". */
export interface Clock {
  now(): Date;
}

/** Fresh record ids, injected so use-cases mint none of their own and tests can fix them. */
export interface Ids {
  /** A new UUID. */
  newId(): string;
}

/**
 * Runs `work` in one database transaction: whatever it writes through `tx` commits together or
 * not at all. `Tx` holds repositories bound to the transaction; a use-case reads what it needs
 * before (on the embedded engine a query outside the transaction would wait for the only
 * connection, which the transaction holds, for ever) and writes only through `tx`.
 */
export type Transact<Tx> = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * What every transaction of a change offers besides the module's repositories: the audit log,
 * the outbox and actions to run once it has committed. Each module's `Tx` extends it.
 */
export interface ChangeTx extends AuditingTx {
  outbox: Outbox;
}
