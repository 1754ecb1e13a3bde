/**
 * The archive of issued reports (issue 14, "Delivery"): every report sent is kept as an immutable
 * snapshot, so what was sent stays what it was even when the ledger is later adjusted. Issuing a
 * report of the same contract, kind and period again makes a new version that names the one it
 * replaces; nothing is ever overwritten.
 *
 * Also when the schedule issues reports: the monitoring report of each 15-day window once it has
 * ended, and the statement and compliance report of each period when it closes (the period-close
 * event says when).
 */
import type { Contract } from '../contracts/index.js';
import type { LocalDate } from '../time/index.js';
import { type MonitoringWindow, windowByIndex, windowOf } from './monitoring.js';

/** The reports Pacta issues. */
export const reportKinds = ['statement', 'compliance', 'monitoring', 'planning'] as const;

/** One of {@link reportKinds}. */
export type ReportKind = (typeof reportKinds)[number];

/** Why a report was issued: by the schedule, or asked for by a person. */
export const issueReasons = ['scheduled', 'requested'] as const;

/** One of {@link issueReasons}. */
export type IssueReason = (typeof issueReasons)[number];

/** An issue already in the archive, as far as versioning needs it. */
export interface ArchivedVersion {
  readonly id: string;
  readonly version: number;
  readonly issuedOn: LocalDate;
}

/** What a new issue of a report is: its version and the issue it replaces (null for the first). */
export interface Edition {
  readonly version: number;
  readonly replaces: ArchivedVersion | null;
}

/** The edition of a new issue, given the issues of the same contract, kind and period. */
export function nextEdition(existing: readonly ArchivedVersion[]): Edition {
  const latest = existing.reduce<ArchivedVersion | null>(
    (last, issue) => (last === null || issue.version > last.version ? issue : last),
    null,
  );
  return { version: (latest?.version ?? 0) + 1, replaces: latest };
}

/** Ended windows looked back on by each scheduled run (a server down for a few days misses none). */
export const monitoringCatchUp = 2;

/**
 * The monitoring windows whose report is due on `today` (the contract's local date): the last
 * {@link monitoringCatchUp} windows that have ended by then, inside the contract, and not issued
 * yet (`issued` holds the start dates of the windows already in the archive).
 */
export function monitoringWindowsDue(
  contract: Pick<Contract, 'start' | 'end'>,
  today: LocalDate,
  issued: ReadonlySet<LocalDate>,
): MonitoringWindow[] {
  if (today <= contract.start) return [];
  const current = windowOf(contract.start, today);
  const due: MonitoringWindow[] = [];
  for (let back = monitoringCatchUp; back >= 1; back--) {
    const index = current.index - back;
    if (index < 0) continue;
    const window = windowByIndex(contract.start, index);
    if (contract.end !== null && window.start >= contract.end) continue;
    if (!issued.has(window.start)) due.push(window);
  }
  return due;
}
