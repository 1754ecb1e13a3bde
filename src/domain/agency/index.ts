/**
 * The agency module's domain (seed 004): what the app layer calls. Everything is pure; time,
 * ids and the contract's calendar (`agencyCalendarOf(spec)`) come in as arguments.
 */
export {
  type AgencyCalendar,
  agencyCalendarOf,
  businessDaysIn,
  dateOf,
  fitsServiceHours,
  isBusinessDay,
  type Span,
  startOfDate,
  wallTimeOn,
} from './agency-calendar.js';
export * from './approval-clock.js';
export {
  type AccountRole,
  type Attendee,
  type CancelRequest,
  type Ceremony,
  type CeremonyCancellation,
  type CeremonyKind,
  type CeremonyMove,
  cancelCeremony,
  ceremonyKinds,
  defaultCeremonyMinutes,
  type Minutes,
  type MinutesRequest,
  type MoveRequest,
  moveCeremony,
  type Person,
  recordMinutes,
  type Side,
  sponsorsRequired,
} from './ceremonies.js';
export {
  type CeremonyCalendarRequest,
  type CeremonyOptions,
  momentZeroPlacements,
  monthlyReportPlacement,
  type Placement,
  placeCeremony,
  planCeremonies,
  quarterlyStrategyPlacement,
  sprintPlacements,
} from './ceremony-schedule.js';
export * from './decision-maker.js';
export * from './deliverables.js';
export { checkDependencies, type DependencyNode, downstreamOf } from './dependencies.js';
export * from './errors.js';
export * from './facts.js';
export * from './impasse-rules.js';
export * from './impasses.js';
export * from './inputs.js';
export * from './intake.js';
export * from './round-report.js';
export * from './rounds.js';
export * from './schedule-shifts.js';
export {
  defaultSprintBusinessDays,
  firstSprintStartAfter,
  type Sprint,
  type SprintPlan,
  sprintNumbered,
  sprintOn,
  sprintsBetween,
} from './sprints.js';
