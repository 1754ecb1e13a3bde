import { setImmediate as nextTurn } from 'node:timers/promises';
import { periodByIndex, scheduleOf } from '../../domain/contracts/index.js';
import { DomainError } from '../../domain/errors.js';
import {
  type Checkpoint,
  checkpointAfter,
  closedPeriodKeys,
  closePeriod,
} from '../../domain/hour-bank/index.js';
import { type Principal, permits } from '../../domain/identity/policy.js';
import type { LocalDate } from '../../domain/time/index.js';
import { authorise, authorOf, type Origin, recordChange, recordEvent } from '../shared/index.js';
import { periodClosed } from './events.js';
import { contractContextOf } from './load-contract-context.js';
import type { ContractRecord, ContractsDeps, ContractsTx } from './ports.js';

/**
 * A catch-up over more periods (a server stopped for months) commits them in transactions of at
 * most this many, letting other work run between: a crash keeps the batches already committed,
 * and the next run resumes from the first period still open.
 */
export const periodsPerTransaction = 12;

/** What one run closed, per contract. */
export interface ClosedPeriods {
  contractId: string;
  periods: string[];
}

/**
 * Closes, in the caller's transaction, every period of a locked contract that has ended by
 * `today`, oldest first: expires what rolls out, records overage with its amount, grants the
 * next period, keeps the checkpoint where the period ends (balances replay only what follows it),
 * and records a `contract.period_closed` event for each; at most `limit` of them when given.
 */
export async function closeEndedPeriods(
  tx: ContractsTx,
  options: Pick<ContractsDeps, 'ids'> & {
    record: ContractRecord;
    today: LocalDate;
    actor: Principal;
    at: Date;
    limit?: number;
  },
): Promise<string[]> {
  const { contract } = options.record;
  const schedule = scheduleOf(contract);
  const entries = await tx.ledger.entries(contract.id);
  const alreadyClosed = closedPeriodKeys(entries);
  const closed: string[] = [];
  let checkpoint: Checkpoint | null = null;
  for (let index = 0; closed.length < (options.limit ?? Number.POSITIVE_INFINITY); index++) {
    const period = periodByIndex(schedule, index);
    if (period.end > options.today || (contract.end !== null && period.start >= contract.end))
      break;
    if (alreadyClosed.has(period.key)) continue;
    const closing = closePeriod(contract, entries, period);
    entries.push(
      ...(await tx.ledger.append(contract.id, closing, authorOf(options.actor), options.at)),
    );
    checkpoint = checkpointAfter(contract, entries, period, checkpoint);
    await tx.ledger.saveCheckpoint(contract.id, checkpoint, options.at);
    await recordEvent(tx, options.ids, options.at, periodClosed, {
      contractId: contract.id,
      periodKey: period.key,
    });
    closed.push(period.key);
  }
  return closed;
}

/**
 * Closes every period that has ended by today (in each contract's zone), of every contract or
 * of those asked for (each must exist and be in reach). Safe to run any number of times: a
 * closed period is never closed twice, and each contract is closed under its lock, in batches of
 * {@link periodsPerTransaction}. Every batch that closed something gets an audit entry.
 */
export async function closeDuePeriods(
  options: Pick<ContractsDeps, 'clock' | 'ids' | 'contracts' | 'calendars' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    contractIds?: readonly string[];
  },
): Promise<ClosedPeriods[]> {
  authorise(options.actor, 'hours.close');
  const wanted = options.contractIds;
  const records = (await options.contracts.list()).filter(
    (r) =>
      (!wanted || wanted.includes(r.contract.id)) &&
      permits(options.actor, 'hours.close', { organisationId: r.contract.clientId }),
  );
  const missing = wanted?.find((id) => !records.some((r) => r.contract.id === id));
  if (missing !== undefined) throw new DomainError('not_found', 'no such contract');
  const results: ClosedPeriods[] = [];
  for (const record of records) {
    const periods = await closeInBatches(options, record);
    if (periods.length > 0) results.push({ contractId: record.contract.id, periods });
  }
  return results;
}

/** Closes one contract's ended periods a batch per transaction, yielding to other work between. */
async function closeInBatches(
  options: Pick<ContractsDeps, 'clock' | 'ids' | 'calendars' | 'transact'> & {
    actor: Principal;
    origin: Origin;
  },
  record: ContractRecord,
): Promise<string[]> {
  const { today } = await contractContextOf({ ...options, record });
  const periods: string[] = [];
  for (;;) {
    const batch = await options.transact(async (tx) => {
      const locked = await tx.contracts.lock(record.contract.id);
      if (!locked) return [];
      const at = options.clock.now();
      const limit = periodsPerTransaction;
      const closed = await closeEndedPeriods(tx, { ...options, record: locked, today, at, limit });
      if (closed.length > 0) {
        await recordChange(tx, {
          ...options,
          at,
          resourceType: 'contracts',
          resourceId: record.contract.id,
        });
      }
      return closed;
    });
    periods.push(...batch);
    if (batch.length < periodsPerTransaction) return periods;
    await nextTurn();
  }
}
