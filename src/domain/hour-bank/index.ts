/**
 * The hour bank's public surface, for use-cases, the store and the HTTP layer: charging work,
 * the append-only ledger, closing periods and what is derived from the ledger. Contracts and
 * their periods are `src/domain/contracts`.
 */
export {
  type Charge,
  type ChargeReason,
  chargeFor,
  chargeTicket,
  emptyTally,
  estimateNeedsQuote,
  type Tally,
  type TicketWork,
  talliesBefore,
  type WorkToCharge,
} from './charge.js';
export { checkpointAfter } from './checkpoint.js';
export { closePeriod, grantsForPeriod, missingGrants, priceOverage } from './close.js';
export {
  type Balance,
  balanceAt,
  type Overage,
  overageFor,
  type Statement,
  statement,
} from './derive.js';
export {
  type ConsumeKind,
  checkAmendmentPeriod,
  checkAppend,
  closedPeriodKeys,
  consumeKinds,
  entriesReadToCheck,
  type LedgerEntry,
  type NewEntry,
} from './ledger.js';
export type { Checkpoint } from './replay.js';
export {
  type SettlementCause,
  settlementCauseOf,
  settlementReason,
  settleTicket,
  type TicketTarget,
  ticketTarget,
} from './settle.js';
