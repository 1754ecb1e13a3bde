/**
 * Contracts: a client on a plan from a date, its dated amendments and the version in force on
 * each day, its periods, and the SLA its versions promise. The hour bank, the desk and every
 * later module read a contract through this surface.
 */

export {
  type Amendment,
  amendmentSchema,
  type Contract,
  type ContractVersion,
  contractSchema,
  contractVersionAt,
  growthPeriodRange,
  parseContract,
  scheduleOf,
  validateContract,
} from './contract.js';
export { type ContractRule, contractError, contractRules } from './errors.js';
export {
  listPeriods,
  type Period,
  type PeriodSchedule,
  periodByIndex,
  periodOf,
} from './periods.js';
export {
  assertCriticalityOffered,
  calendarRefsOf,
  policyOf,
  roundTheClock,
  type SlaContext,
  slaContextOf,
} from './sla-terms.js';
