/**
 * The hour bank's public surface, for use-cases, the store and the HTTP layer: contracts and
 * their versions, periods, charging work, the append-only ledger and what is derived from it.
 */
export {
  type Charge,
  type ChargeReason,
  chargeFor,
  chargeTicket,
  emptyTally,
  estimateNeedsQuote,
  renderReason,
  type Tally,
  type TicketWork,
  type WorkToCharge,
} from './charge.js';
export { closePeriod, grantsForPeriod, missingGrants, priceOverage } from './close.js';
export {
  type Amendment,
  amendmentSchema,
  type Contract,
  type ContractVersion,
  contractSchema,
  contractVersionAt,
  parseContract,
  scheduleOf,
  validateContract,
} from './contract.js';
export { type LocalDate, localDateSchema, parseLocalDate } from './dates.js';
export {
  type Balance,
  balanceAt,
  type Overage,
  overageFor,
  type Statement,
  statement,
} from './derive.js';
export {
  checkAppend,
  closedPeriodKeys,
  entriesReadToCheck,
  type LedgerEntry,
  type NewEntry,
} from './ledger.js';
export {
  listPeriods,
  type Period,
  type PeriodSchedule,
  periodByIndex,
  periodOf,
} from './periods.js';
