/**
 * The hour-bank ledger of one contract: append-only entries, in minutes, each dated with the
 * local day it takes effect (`on`). Nothing is ever edited; corrections are new entries.
 *
 * Approval is its own entry: a `consume` with `needsApproval` is pending (visible, not
 * deducted) until an `approval` entry decides it. Approved, it is deducted on the approval's
 * date (so a closed period never changes); rejected, it is never deducted.
 *
 * Rules for appending ({@link checkAppend}): no entry may fall in a closed period; a
 * reversal must fall in the same period as the entry it reverses takes effect (a consume
 * awaiting approval takes effect when approved), and only `grant`, `consume` and `adjust`
 * entries can be reversed. Anything else is corrected with an `adjust`, whose reason is
 * required.
 *
 * Entries the domain creates (grants, expiries, overage) carry a deterministic `key`: the
 * store can hold it unique per contract, so that re-running a job never appends twice.
 */

import {
  type Amendment,
  amendmentDate,
  type Contract,
  periodOf,
  scheduleOf,
} from '../contracts/index.js';
import { DomainError, invalidInput } from '../errors.js';
import type { Money } from '../money.js';
import { ticketKinds } from '../tickets/vocabulary.js';
import { isLocalDate, type LocalDate } from '../time/local-date.js';
import { availableOn, replay } from './replay.js';

/** Where granted hours come from. */
export type GrantSource = 'allotment' | 'growth' | 'prepaid';

/** Hours added to the bank, usable from `on` until `expiresOn` (exclusive; null: never). */
export interface GrantEntry {
  readonly type: 'grant';
  readonly on: LocalDate;
  readonly minutes: number;
  readonly source: GrantSource;
  readonly expiresOn: LocalDate | null;
  /** The period the grant belongs to. */
  readonly periodKey: string;
  readonly amendmentId: string | null;
  readonly key: string;
}

/**
 * What consumed hours were spent on: a ticket's kind, or work on an implementation project
 * (seed 002 §4), which the statement shows apart.
 */
export const consumeKinds = [...ticketKinds, 'project_work'] as const;
/** One of {@link consumeKinds}. */
export type ConsumeKind = (typeof consumeKinds)[number];

/** Work charged to the bank (the minutes from `chargeFor`, or project work). */
export interface ConsumeEntry {
  readonly type: 'consume';
  readonly on: LocalDate;
  readonly minutes: number;
  readonly kind: ConsumeKind;
  readonly ticketId: string;
  /** Pending until an approval entry decides it. */
  readonly needsApproval: boolean;
}

/** The client's decision on a consume that needs approval. */
export interface ApprovalEntry {
  readonly type: 'approval';
  readonly on: LocalDate;
  readonly consumeId: string;
  readonly decision: 'approved' | 'rejected';
  /** Why the decision-maker refused it, for the agent who logged the work. */
  readonly reason?: string;
}

/** What was left of a grant when it expired (appended when its period closes). */
export interface ExpireEntry {
  readonly type: 'expire';
  readonly on: LocalDate;
  readonly minutes: number;
  readonly grantId: string;
  readonly periodKey: string;
  readonly key: string;
}

/** Minutes consumed beyond the bank in a period, priced at the rate in force. Marks the period closed. */
export interface OverageEntry {
  readonly type: 'overage';
  readonly on: LocalDate;
  readonly minutes: number;
  /** null when the plan prices no overage. */
  readonly amount: Money | null;
  readonly periodKey: string;
  readonly key: string;
}

/** A correction: positive adds hours (usable until `expiresOn`), negative removes them. */
export interface AdjustEntry {
  readonly type: 'adjust';
  readonly on: LocalDate;
  readonly minutes: number;
  readonly reason: string;
  readonly expiresOn: LocalDate | null;
  /** The ticket whose consumption of a closed period this gives back (see settle.ts). */
  readonly ticketId?: string;
}

/** Cancels a grant, consume or adjust entry of the same period (a consume still awaiting approval: any later day). */
export interface ReversalEntry {
  readonly type: 'reversal';
  readonly on: LocalDate;
  readonly entryId: string;
  readonly reason: string;
  /** The ticket of the reversed consume, when a ticket's settlement reversed it. */
  readonly ticketId?: string;
}

/** An entry before the store gives it an id. */
export type NewEntry =
  | GrantEntry
  | ConsumeEntry
  | ApprovalEntry
  | ExpireEntry
  | OverageEntry
  | AdjustEntry
  | ReversalEntry;

/** A stored entry: the store's id plus the entry. The ledger is an array in append order. */
export type LedgerEntry = NewEntry & { readonly id: string };

/** The entry types a reversal may cancel. */
export const reversibleTypes = ['grant', 'consume', 'adjust'] as const;

/** Whether a period is closed: its overage entry (possibly of 0 minutes) exists. */
export function closedPeriodKeys(entries: readonly LedgerEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries) if (entry.type === 'overage') keys.add(entry.periodKey);
  return keys;
}

function checkMinutes(value: number, path: string, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw invalidInput(path, `must be a whole number of minutes ≥ ${min}`);
  }
}

/** The day an entry takes effect on the balance: a consume needing approval counts on its decision's day. */
function effectiveDate(entries: readonly LedgerEntry[], target: LedgerEntry): LocalDate {
  if (target.type !== 'consume' || !target.needsApproval) return target.on;
  const decision = entries.find(
    (entry) => entry.type === 'approval' && entry.consumeId === target.id,
  );
  return decision?.on ?? target.on;
}

/** Whether a consume awaits the client's decision still. */
export function isUndecided(entries: readonly LedgerEntry[], target: LedgerEntry): boolean {
  return (
    target.type === 'consume' &&
    target.needsApproval &&
    !entries.some((entry) => entry.type === 'approval' && entry.consumeId === target.id)
  );
}

function checkReference(
  entries: readonly LedgerEntry[],
  entry: ApprovalEntry | ReversalEntry,
  contract: Contract,
): void {
  const targetId = entry.type === 'approval' ? entry.consumeId : entry.entryId;
  const field = entry.type === 'approval' ? 'entry.consumeId' : 'entry.entryId';
  const target = entries.find((candidate) => candidate.id === targetId);
  if (!target) throw new DomainError('not_found', `no ledger entry "${targetId}"`, field);
  const reversed = entries.some((other) => other.type === 'reversal' && other.entryId === targetId);
  if (reversed) throw new DomainError('conflict', `entry "${targetId}" was reversed`, field);
  if (entry.type === 'approval') {
    if (target.type !== 'consume' || !target.needsApproval)
      throw invalidInput(field, 'only a consume awaiting approval can be decided');
    if (entries.some((other) => other.type === 'approval' && other.consumeId === targetId)) {
      throw new DomainError('conflict', `consume "${targetId}" was already decided`, field);
    }
    if (entry.on < target.on)
      throw invalidInput('entry.on', `must not be before the work (${target.on})`);
    return;
  }
  if (!(reversibleTypes as readonly string[]).includes(target.type)) {
    throw invalidInput(
      field,
      `${target.type} entries cannot be reversed; append an adjust instead`,
    );
  }
  if (target.type === 'grant' || (target.type === 'adjust' && target.minutes > 0)) {
    const bucket = replay(contract, entries, entry.on, null).buckets.find((b) => b.id === targetId);
    if (bucket && bucket.remaining < bucket.minutes) {
      throw new DomainError(
        'conflict',
        `hours of "${targetId}" are used already; append a negative adjust instead`,
        field,
      );
    }
  }
  const effective = effectiveDate(entries, target);
  if (entry.on < effective)
    throw invalidInput('entry.on', `must not be before the entry it reverses (${effective})`);
  // work still awaiting approval never took effect: withdrawing it later changes no closed period
  if (isUndecided(entries, target)) return;
  const schedule = scheduleOf(contract);
  if (periodOf(schedule, effective).key !== periodOf(schedule, entry.on).key) {
    throw new DomainError(
      'conflict',
      `a reversal must fall in the period of the entry it reverses (${effective}); append an adjust instead`,
      'entry.on',
    );
  }
}

/**
 * Which stored entries {@link checkAppend} reads for this entry: a consume or an added adjustment
 * is only checked against closed periods (the overage entries), so appending one need not load
 * the whole ledger; 'all' for the entries that look at others (a removal reads the balance).
 */
export function entriesReadToCheck(
  entry: Pick<NewEntry, 'type'> & { readonly minutes?: number },
): readonly LedgerEntry['type'][] | 'all' {
  const removal = entry.type === 'adjust' && (entry.minutes ?? 0) < 0;
  return entry.type === 'consume' || (entry.type === 'adjust' && !removal) ? ['overage'] : 'all';
}

/** Refuses removing more minutes than the bank holds at the end of the removal's day. */
function checkRemoval(contract: Contract, entries: readonly LedgerEntry[], entry: AdjustEntry) {
  if (entry.minutes >= 0) return;
  const held = availableOn(replay(contract, entries, entry.on, null).buckets, entry.on);
  if (-entry.minutes > held) {
    throw new DomainError(
      'conflict',
      `only ${held} minutes are available on ${entry.on}; a removal is never billed as overage`,
      'entry.minutes',
    );
  }
}

/**
 * Checks an entry before it is appended (invalid_input, not_found or conflict, naming the
 * field as `entry.…`). Call it in the same transaction that appends.
 */
export function checkAppend(
  contract: Contract,
  entries: readonly LedgerEntry[],
  entry: NewEntry,
): void {
  if (!isLocalDate(entry.on))
    throw invalidInput('entry.on', `"${entry.on}" is not a date like 2025-03-01`);
  const period = periodOf(scheduleOf(contract), entry.on, 'entry.on');
  if (closedPeriodKeys(entries).has(period.key)) {
    throw new DomainError(
      'conflict',
      `the period from ${period.start} is closed; date the entry later or append an adjust`,
      'entry.on',
    );
  }
  switch (entry.type) {
    case 'consume':
      checkMinutes(entry.minutes, 'entry.minutes', 1);
      if (entry.ticketId.trim() === '') throw invalidInput('entry.ticketId', 'required');
      return;
    case 'adjust':
      if (!Number.isSafeInteger(entry.minutes) || entry.minutes === 0) {
        throw invalidInput('entry.minutes', 'must be a whole, non-zero number of minutes');
      }
      if (entry.reason.trim() === '')
        throw invalidInput('entry.reason', 'an adjustment needs a reason');
      if (
        entry.expiresOn !== null &&
        (entry.minutes < 0 || !isLocalDate(entry.expiresOn) || entry.expiresOn <= entry.on)
      ) {
        throw invalidInput('entry.expiresOn', 'only added hours expire, on a date after the entry');
      }
      checkRemoval(contract, entries, entry);
      return;
    case 'reversal':
      if (entry.reason.trim() === '')
        throw invalidInput('entry.reason', 'a reversal needs a reason');
      checkReference(entries, entry, contract);
      return;
    case 'approval':
      checkReference(entries, entry, contract);
      return;
    case 'grant':
    case 'expire':
    case 'overage':
      checkMinutes(entry.minutes, 'entry.minutes', entry.type === 'overage' ? 0 : 1);
      if (entries.some((other) => 'key' in other && other.key === entry.key)) {
        throw new DomainError('conflict', `entry "${entry.key}" exists already`, 'entry.key');
      }
      return;
  }
}

/**
 * Refuses an amendment taking effect in a closed period (conflict naming `on` or `from`): the
 * hours or rules it brings would never apply there, since a closed period takes no more entries.
 */
export function checkAmendmentPeriod(
  contract: Contract,
  entries: readonly LedgerEntry[],
  amendment: Amendment,
): void {
  const { date, field } = amendmentDate(amendment);
  const period = periodOf(scheduleOf(contract), date, field);
  if (closedPeriodKeys(entries).has(period.key)) {
    throw new DomainError(
      'conflict',
      `the period from ${period.start} is closed; an amendment takes effect in an open period`,
      field,
    );
  }
}
