/**
 * Time on project work goes through the hour bank's ledger, so it draws on the same hours as
 * tickets (oldest first) and shows in the monthly statement. It needs no approval per entry: the
 * client approved the quote. It may not run past the project's budget: more needs a new quote.
 *
 * An entry is a `consume` of the hour bank's own kind `project_work`, so the statement's
 * consumption by kind shows it apart from ticket work; its `ticketId` is the project's reference
 * `project:<id>` (this file is the one place that knows it), and {@link statementWithProjects}
 * shows the work per project.
 */

import type { Contract, Period } from '../contracts/index.js';
import { invalidInput } from '../errors.js';
import { type LedgerEntry, type NewEntry, type Statement, statement } from '../hour-bank/index.js';
import { type LocalDate, parseLocalDate } from '../time/index.js';
import { ProjectsRuleError } from './errors.js';
import type { Project } from './project.js';

/** A ledger consume entry (the hour bank's `ConsumeEntry`). */
type ConsumeEntry = Extract<NewEntry, { type: 'consume' }>;

const refPrefix = 'project:';

/** The ledger reference of a project's work. */
export function projectWorkRef(projectId: string): string {
  return `${refPrefix}${projectId}`;
}

/** The project a ledger entry is work on, or null for anything else. */
export function projectOfEntry(entry: LedgerEntry | ConsumeEntry): string | null {
  if (entry.type !== 'consume' || !entry.ticketId.startsWith(refPrefix)) return null;
  return entry.ticketId.slice(refPrefix.length);
}

/** Project work per project, of the entries dated in `[from, to)` and not reversed. */
function projectMinutes(
  entries: readonly LedgerEntry[],
  from: LocalDate | null,
  to: LocalDate | null,
): Map<string, number> {
  const reversed = new Set(entries.flatMap((e) => (e.type === 'reversal' ? [e.entryId] : [])));
  const minutes = new Map<string, number>();
  for (const entry of entries) {
    const projectId = projectOfEntry(entry);
    if (projectId === null || entry.type !== 'consume' || reversed.has(entry.id)) continue;
    if ((from !== null && entry.on < from) || (to !== null && entry.on >= to)) continue;
    minutes.set(projectId, (minutes.get(projectId) ?? 0) + entry.minutes);
  }
  return minutes;
}

/** A project's budget against the work logged on it. */
export interface BudgetUse {
  readonly budgetMinutes: number;
  readonly usedMinutes: number;
  readonly remainingMinutes: number;
}

/** How much of the project's budget its logged work has used. */
export function budgetUse(project: Project, entries: readonly LedgerEntry[]): BudgetUse {
  const usedMinutes = projectMinutes(entries, null, null).get(project.id) ?? 0;
  return {
    budgetMinutes: project.budget.minutes,
    usedMinutes,
    remainingMinutes: project.budget.minutes - usedMinutes,
  };
}

/** The consume entry for `minutes` of work on the project on `on`, within its budget. */
export function projectWorkEntry(
  project: Project,
  entries: readonly LedgerEntry[],
  work: { readonly on: LocalDate; readonly minutes: number },
): ConsumeEntry {
  parseLocalDate(work.on, 'on');
  if (!Number.isSafeInteger(work.minutes) || work.minutes < 1 || work.minutes > 24 * 60) {
    throw invalidInput('minutes', 'must be a whole number of minutes from 1 to 1440');
  }
  const { remainingMinutes } = budgetUse(project, entries);
  if (work.minutes > remainingMinutes) {
    throw new ProjectsRuleError(
      'budget_exceeded',
      { remainingMinutes: Math.max(0, remainingMinutes), minutes: work.minutes },
      `the project has ${Math.max(0, remainingMinutes)} minutes of budget left; more work needs a new quote`,
      'minutes',
    );
  }
  return {
    type: 'consume',
    on: work.on,
    minutes: work.minutes,
    kind: 'project_work',
    ticketId: projectWorkRef(project.id),
    needsApproval: false,
  };
}

/** A period's statement with project work shown apart from ticket work. */
export interface ProjectStatement {
  readonly statement: Statement;
  /** Minutes of project work in the period, per project id. */
  readonly projectMinutes: Readonly<Record<string, number>>;
  /** Consumed minutes that were ticket work. */
  readonly ticketMinutes: number;
}

/** The period's statement, and how much of its consumption was project work. */
export function statementWithProjects(
  contract: Contract,
  entries: readonly LedgerEntry[],
  period: Period,
): ProjectStatement {
  const periodStatement = statement(contract, entries, period);
  const perProject = projectMinutes(entries, period.start, period.end);
  const total = [...perProject.values()].reduce((sum, minutes) => sum + minutes, 0);
  return {
    statement: periodStatement,
    projectMinutes: Object.fromEntries(perProject),
    ticketMinutes: periodStatement.consumed.total - total,
  };
}
