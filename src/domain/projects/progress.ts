/**
 * Plan vs actual: when phases really started and ended and when milestones were reached,
 * against the plan, in business days of the contract, on a given day (`today` is an argument).
 * A delay is the business days from the planned date to the actual one (negative when early);
 * while a date is due and has not happened, the delay so far is counted up to `today`.
 */
import { invalidInput } from '../errors.js';
import { addDays, type LocalDate, parseLocalDate } from '../time/index.js';
import type { BusinessDays } from './business-days.js';
import { checkPhaseKeys, type PhaseKey, type PlannedPhase } from './roadmap.js';

/** What really happened to a phase: null until it does. */
export interface Actuals {
  readonly start: LocalDate | null;
  readonly end: LocalDate | null;
}

/** A phase's progress state. */
export type ProgressState = 'not_started' | 'in_progress' | 'done';

/** A phase with its actual dates and delays (the timeline's bars: planned and actual). */
export interface PhaseProgress {
  readonly phase: PlannedPhase;
  readonly actual: Actuals;
  readonly state: ProgressState;
  /** Business days the start is (or so far runs) behind the plan; null while not due. */
  readonly startDelay: number | null;
  /** Business days the end is (or so far runs) behind the plan; null while not due. */
  readonly endDelay: number | null;
  readonly late: boolean;
}

/** A dated checkpoint inside a phase; the end of each phase is one (see {@link phaseMilestones}). */
export interface Milestone {
  readonly id: string;
  readonly phase: PhaseKey;
  /** Set by people; null for a phase's end milestone, which the UI names after its phase. */
  readonly title: string | null;
  readonly dueOn: LocalDate;
  readonly reachedOn: LocalDate | null;
}

/** A milestone against its due date. */
export interface MilestoneProgress {
  readonly milestone: Milestone;
  readonly delay: number | null;
  readonly late: boolean;
}

/** Business days from `from` to `to`: those in (from, to], negative when `to` is earlier. */
export function businessDaysBetween(days: BusinessDays, from: LocalDate, to: LocalDate): number {
  if (to >= from) return days.count(addDays(from, 1), to);
  return -days.count(addDays(to, 1), from);
}

function delay(
  days: BusinessDays,
  planned: LocalDate,
  actual: LocalDate | null,
  today: LocalDate,
): number | null {
  if (actual !== null) return businessDaysBetween(days, planned, actual);
  return today > planned ? businessDaysBetween(days, planned, today) : null;
}

function checkPast(date: LocalDate | null, today: LocalDate, path: string): void {
  if (date === null) return;
  parseLocalDate(date, path);
  if (date > today) throw invalidInput(path, `must not be after today (${today})`);
}

/** The end milestone of each planned phase, due on its last business day. */
export function phaseMilestones(phases: readonly PlannedPhase[]): Milestone[] {
  return phases.map((phase) => ({
    id: `${phase.key}_end`,
    phase: phase.key,
    title: null,
    dueOn: phase.end,
    reachedOn: null,
  }));
}

/** Checks a milestone is due on a business day inside its phase. */
export function checkMilestone(
  milestone: Milestone,
  phases: readonly PlannedPhase[],
  days: BusinessDays,
): void {
  const phase = phases.find((candidate) => candidate.key === milestone.phase);
  if (phase === undefined) throw invalidInput('milestone.phase', 'not a planned phase');
  if (milestone.title !== null && milestone.title.trim() === '') {
    throw invalidInput('milestone.title', 'required');
  }
  parseLocalDate(milestone.dueOn, 'milestone.dueOn');
  if (milestone.dueOn < phase.start || milestone.dueOn > phase.end) {
    throw invalidInput(
      'milestone.dueOn',
      `must be within its phase (${phase.start} – ${phase.end})`,
    );
  }
  if (!days.isBusinessDay(milestone.dueOn)) {
    throw invalidInput('milestone.dueOn', 'must be a business day of the contract');
  }
}

/** Plan vs actual of every phase on `today`. */
export function roadmapProgress(
  phases: readonly PlannedPhase[],
  actuals: Partial<Record<PhaseKey, Actuals>>,
  today: LocalDate,
  days: BusinessDays,
): PhaseProgress[] {
  parseLocalDate(today, 'today');
  checkPhaseKeys(actuals, 'actuals');
  return phases.map((phase) => {
    const actual = actuals[phase.key] ?? { start: null, end: null };
    const path = `actuals.${phase.key}`;
    checkPast(actual.start, today, `${path}.start`);
    checkPast(actual.end, today, `${path}.end`);
    if (actual.end !== null && (actual.start === null || actual.end < actual.start)) {
      throw invalidInput(`${path}.end`, 'a phase ends on or after the day it started');
    }
    const state: ProgressState =
      actual.end !== null ? 'done' : actual.start !== null ? 'in_progress' : 'not_started';
    const startDelay = delay(days, phase.start, actual.start, today);
    const endDelay = delay(days, phase.end, actual.end, today);
    const late = (endDelay ?? 0) > 0 || (state === 'not_started' && (startDelay ?? 0) > 0);
    return { phase, actual, state, startDelay, endDelay, late };
  });
}

/** Each milestone against its due date on `today`. */
export function milestoneProgress(
  milestones: readonly Milestone[],
  today: LocalDate,
  days: BusinessDays,
): MilestoneProgress[] {
  parseLocalDate(today, 'today');
  return milestones.map((milestone, index) => {
    checkPast(milestone.reachedOn, today, `milestones[${index}].reachedOn`);
    const late = delay(days, milestone.dueOn, milestone.reachedOn, today);
    return { milestone, delay: late, late: (late ?? 0) > 0 };
  });
}
