/**
 * Sprints on the contract's calendar (seed 004 §1: "ventanas de tiempo de 10 días hábiles …
 * también pueden ser de 8 y 9 días, en aquellos meses que incluyen festivos").
 *
 * The rule implemented: a sprint of N business days is a fixed window of N ÷ (open weekdays of
 * the calendar) whole calendar weeks — two weeks for 10 days on Mon–Fri. Sprint 1 starts on
 * `firstSprintStart`; sprint k starts (k − 1) windows later, so sprints keep their rhythm and
 * always start on the same weekday. A sprint's business days are the dates of its window on
 * which the service opens, so a holiday makes it shorter (9, 8 …) and never longer or later.
 */
import { dayOfWeek } from '../calendar/time.js';
import { invalidInput } from '../errors.js';
import type { LocalDate } from '../time/index.js';
import {
  type AgencyCalendar,
  businessDaysIn,
  dayNumber,
  type Span,
  shiftDate,
  spanOfDates,
} from './agency-calendar.js';
import { AgencyRuleError } from './errors.js';

/** Seed 004's nominal sprint length in business days. */
export const defaultSprintBusinessDays = 10;

/** Moment zero lasts the first two weeks of operation (§2.3.1); sprint 1 starts right after. */
export function firstSprintStartAfter(operationStart: LocalDate): LocalDate {
  return shiftDate(operationStart, 14);
}

/** How a contract's sprints are laid out. */
export interface SprintPlan {
  /** The first day of sprint 1 (usually the day after moment zero's two weeks). */
  readonly firstSprintStart: LocalDate;
  /** Nominal business days per sprint: whole weeks of the calendar (10 on Mon–Fri). */
  readonly businessDays: number;
}

/** One sprint: its calendar window, its business days and the weekdays holidays closed. */
export interface Sprint {
  /** 1 for the first sprint. */
  readonly number: number;
  readonly startDate: LocalDate;
  /** The last calendar day of the window (inclusive). */
  readonly endDate: LocalDate;
  readonly weeks: number;
  /** Local midnight of `startDate` to local midnight after `endDate`. */
  readonly window: Span;
  readonly businessDays: readonly LocalDate[];
  /** Usual open weekdays of the window that are closed (holidays, closing overrides). */
  readonly closedDays: readonly LocalDate[];
  readonly nominalBusinessDays: number;
}

/** Calendar weeks per sprint, failing when N is not whole weeks of the calendar's open weekdays. */
export function sprintWeeks(calendar: AgencyCalendar, plan: SprintPlan): number {
  const perWeek = calendar.openWeekdays.size;
  const weeks = perWeek === 0 ? 0 : plan.businessDays / perWeek;
  if (!Number.isInteger(weeks) || weeks < 1) {
    throw new AgencyRuleError(
      'sprint_length_not_whole_weeks',
      { businessDays: plan.businessDays, openWeekdays: perWeek },
      `a sprint of ${plan.businessDays} business days is not whole weeks of ${perWeek} open days`,
      'businessDays',
    );
  }
  return weeks;
}

/** Sprint `number` (1-based) of the plan. */
export function sprintNumbered(calendar: AgencyCalendar, plan: SprintPlan, number: number): Sprint {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw invalidInput('number', `sprints are numbered from 1, got ${number}`);
  }
  const weeks = sprintWeeks(calendar, plan);
  const startDate = shiftDate(plan.firstSprintStart, (number - 1) * weeks * 7);
  const nextStart = shiftDate(startDate, weeks * 7);
  const businessDays = businessDaysIn(calendar, startDate, nextStart);
  const closedDays: LocalDate[] = [];
  for (let date = startDate; date < nextStart; date = shiftDate(date, 1)) {
    if (
      calendar.openWeekdays.has(dayOfWeek(dayNumber(date, 'date'))) &&
      !businessDays.includes(date)
    )
      closedDays.push(date);
  }
  return {
    number,
    startDate,
    endDate: shiftDate(nextStart, -1),
    weeks,
    window: spanOfDates(calendar, startDate, nextStart),
    businessDays,
    closedDays,
    nominalBusinessDays: plan.businessDays,
  };
}

/** The sprint whose window holds `date`, or null before the first sprint. */
export function sprintOn(
  calendar: AgencyCalendar,
  plan: SprintPlan,
  date: LocalDate,
): Sprint | null {
  const offset = dayNumber(date, 'date') - dayNumber(plan.firstSprintStart, 'firstSprintStart');
  if (offset < 0) return null;
  return sprintNumbered(calendar, plan, Math.floor(offset / (sprintWeeks(calendar, plan) * 7)) + 1);
}

/** The sprints whose windows meet `[from, until)`, in order. */
export function sprintsBetween(
  calendar: AgencyCalendar,
  plan: SprintPlan,
  from: LocalDate,
  until: LocalDate,
): Sprint[] {
  const first = sprintOn(
    calendar,
    plan,
    from > plan.firstSprintStart ? from : plan.firstSprintStart,
  );
  const sprints: Sprint[] = [];
  for (let n = first?.number ?? 1; ; n++) {
    const sprint = sprintNumbered(calendar, plan, n);
    if (sprint.startDate >= until) return sprints;
    sprints.push(sprint);
  }
}

/** Week `index` (0-based) of a sprint's window, for ceremonies tied to a week. */
export function sprintWeek(sprint: Sprint, index: number): { from: LocalDate; until: LocalDate } {
  const from = shiftDate(sprint.startDate, index * 7);
  return { from, until: shiftDate(from, 7) };
}
