/**
 * Where the rules place each ceremony (seed 004 §2.3), always inside service hours and never on
 * top of another ceremony of the contract:
 * - moment zero (the first two weeks of operation): kick-off on the first day, inception from
 *   the next business day, release-plan presentation from the start of the second week;
 * - per sprint: refinement from its first day, within its first week; review on its last
 *   business day (else earlier in its last week), to deliver what the sprint committed;
 * - monthly report: in the first week of the month after the one it reports on;
 * - quarterly strategy: in the first week of each operation quarter after the first (the first
 *   quarter's plan is moment zero's release plan).
 * Each search starts at the contract's preferred time of day (09:00 unless told).
 */
import { addMonths, type LocalDate } from '../time/index.js';
import {
  type AgencyCalendar,
  businessDayFrom,
  findSlot,
  firstSlot,
  type Span,
  shiftDate,
  spanOfDates,
  wallTimeOn,
} from './agency-calendar.js';
import {
  attendeesFor,
  type Ceremony,
  type CeremonyKind,
  checkSponsors,
  defaultCeremonyMinutes,
  type Person,
} from './ceremonies.js';
import { type Sprint, type SprintPlan, sprintsBetween, sprintWeek } from './sprints.js';

/** What scheduling needs besides the calendar. */
export interface CeremonyOptions {
  readonly people: readonly Person[];
  /** `HH:MM`, where each search starts on its first day; 09:00 by default. */
  readonly preferredTime?: string;
  readonly minutes?: Partial<Record<CeremonyKind, number>>;
}

/** Where to look for one ceremony: its window and the first instant worth trying. */
export interface Placement {
  readonly key: string;
  readonly kind: CeremonyKind;
  readonly window: Span;
  /** Tried in order; the first with a free slot before the window ends wins. */
  readonly searchFrom: readonly number[];
}

/** Places one ceremony in its window, avoiding `taken`; fails with `no_service_time`. */
export function placeCeremony(
  calendar: AgencyCalendar,
  placement: Placement,
  options: CeremonyOptions,
  taken: readonly Span[] = [],
): Ceremony {
  const attendees = attendeesFor(placement.kind, options.people);
  checkSponsors(placement.kind, attendees);
  const minutes = options.minutes?.[placement.kind] ?? defaultCeremonyMinutes[placement.kind];
  const end = placement.window.end;
  const tries = placement.searchFrom.map((start) => ({ within: { start, end }, minutes, taken }));
  const slot =
    tries.map((request) => findSlot(calendar, request)).find((found) => found !== null) ??
    firstSlot(calendar, { within: placement.window, minutes, taken });
  return {
    key: placement.key,
    kind: placement.kind,
    slot,
    window: placement.window,
    attendees,
    status: 'scheduled',
    sequence: 0,
    moves: [],
    minutes: null,
  };
}

/** The preferred time of day on the first business day from `date`. */
function at(calendar: AgencyCalendar, date: LocalDate, options: CeremonyOptions): number {
  return wallTimeOn(calendar, businessDayFrom(calendar, date), options.preferredTime ?? '09:00');
}

/** Moment zero's three placements, in the two weeks from `operationStart`. */
export function momentZeroPlacements(
  calendar: AgencyCalendar,
  operationStart: LocalDate,
  options: CeremonyOptions,
): Placement[] {
  const window = spanOfDates(calendar, operationStart, shiftDate(operationStart, 14));
  const from = (date: LocalDate) => [at(calendar, date, options)];
  const kickoffDay = businessDayFrom(calendar, operationStart);
  return [
    { key: 'moment-zero/kickoff', kind: 'kickoff', window, searchFrom: from(kickoffDay) },
    {
      key: 'moment-zero/inception',
      kind: 'inception',
      window,
      searchFrom: from(shiftDate(kickoffDay, 1)),
    },
    {
      key: 'moment-zero/release_plan',
      kind: 'release_plan',
      window,
      searchFrom: from(shiftDate(operationStart, 7)),
    },
  ];
}

/** A sprint's refinement (first week) and review (last business day, else its last week). */
export function sprintPlacements(
  calendar: AgencyCalendar,
  sprint: Sprint,
  options: CeremonyOptions,
): Placement[] {
  const first = sprintWeek(sprint, 0);
  const last = sprintWeek(sprint, sprint.weeks - 1);
  const lastDay = sprint.businessDays.at(-1) ?? last.from;
  return [
    {
      key: `sprint-${sprint.number}/refinement`,
      kind: 'refinement',
      window: spanOfDates(calendar, first.from, first.until),
      searchFrom: [at(calendar, first.from, options)],
    },
    {
      key: `sprint-${sprint.number}/review`,
      kind: 'review',
      window: spanOfDates(calendar, last.from, last.until),
      searchFrom: [at(calendar, lastDay, options), at(calendar, last.from, options)],
    },
  ];
}

/** A week-long window from `from`, searched from the preferred time of its first business day. */
export function weekFrom(
  calendar: AgencyCalendar,
  from: LocalDate,
  options: CeremonyOptions,
): Pick<Placement, 'window' | 'searchFrom'> {
  return {
    window: spanOfDates(calendar, from, shiftDate(from, 7)),
    searchFrom: [at(calendar, from, options)],
  };
}

/** The report meeting on `month` (`YYYY-MM`), in the first week of the next month. */
export function monthlyReportPlacement(
  calendar: AgencyCalendar,
  month: string,
  options: CeremonyOptions,
): Placement {
  const next = addMonths(`${month}-01`, 1);
  const key = `month-${month}/monthly_report`;
  return { key, kind: 'monthly_report', ...weekFrom(calendar, next, options) };
}

/** The strategy meeting opening operation quarter `quarter` (2, 3 …). */
export function quarterlyStrategyPlacement(
  calendar: AgencyCalendar,
  operationStart: LocalDate,
  quarter: number,
  options: CeremonyOptions,
): Placement {
  const from = addMonths(operationStart, 3 * (quarter - 1));
  const key = `quarter-${quarter}/quarterly_strategy`;
  return { key, kind: 'quarterly_strategy', ...weekFrom(calendar, from, options) };
}

/** What a contract's ceremony calendar is computed from. */
export interface CeremonyCalendarRequest extends CeremonyOptions {
  readonly operationStart: LocalDate;
  readonly sprintPlan: SprintPlan;
  /** Ceremonies whose window starts before this date are included. */
  readonly until: LocalDate;
}

/**
 * Every ceremony of a contract from its operation start up to `until`, in order of time: moment
 * zero first, then quarterly, monthly and sprint ceremonies, each avoiding those placed before.
 */
export function planCeremonies(
  calendar: AgencyCalendar,
  request: CeremonyCalendarRequest,
): Ceremony[] {
  const placements = [...momentZeroPlacements(calendar, request.operationStart, request)];
  for (let q = 2; addMonths(request.operationStart, 3 * (q - 1)) < request.until; q++) {
    placements.push(quarterlyStrategyPlacement(calendar, request.operationStart, q, request));
  }
  for (let m = request.operationStart.slice(0, 7); addMonths(`${m}-01`, 1) < request.until; ) {
    placements.push(monthlyReportPlacement(calendar, m, request));
    m = addMonths(`${m}-01`, 1).slice(0, 7);
  }
  for (const sprint of sprintsBetween(
    calendar,
    request.sprintPlan,
    request.operationStart,
    request.until,
  )) {
    placements.push(...sprintPlacements(calendar, sprint, request));
  }
  const placed: Ceremony[] = [];
  for (const placement of placements) {
    placed.push(
      placeCeremony(
        calendar,
        placement,
        request,
        placed.map((c) => c.slot),
      ),
    );
  }
  return placed.sort((a, b) => a.slot.start - b.slot.start);
}
