/**
 * Checkpoints of the hour bank (issue 18 #16): the replay state where a closed period ends, so
 * that a balance or a statement replays only the periods after it instead of the whole ledger.
 * A closed period is final — no entry may be dated in it, and a reversal falls in the period of
 * what it reverses — so a checkpoint never goes stale.
 */

import type { Contract, Period } from '../contracts/index.js';
import { DomainError } from '../errors.js';
import { closedPeriodKeys, type LedgerEntry } from './ledger.js';
import { type Checkpoint, replay } from './replay.js';

/**
 * The checkpoint where a closed `period` ends, replayed from `start` (the one before it, when
 * there is one; the whole ledger otherwise). Conflict when the period is not closed.
 */
export function checkpointAfter(
  contract: Contract,
  entries: readonly LedgerEntry[],
  period: Period,
  start: Checkpoint | null = null,
): Checkpoint {
  if (!closedPeriodKeys(entries).has(period.key)) {
    throw new DomainError('conflict', `the period from ${period.start} is not closed`, 'period');
  }
  const state = replay(contract, entries, period.lastDay, null, start);
  const from = period.end;
  return {
    periodIndex: period.index + 1,
    from,
    buckets: state.buckets
      .filter(
        (bucket) => bucket.remaining > 0 && (bucket.expiresOn === null || bucket.expiresOn > from),
      )
      .map(({ index: _, ...bucket }) => bucket),
    pending: [...state.pending.values()],
  };
}
