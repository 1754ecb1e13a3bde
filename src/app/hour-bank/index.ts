/**
 * The hour-bank module's public surface: logging work with its charge, the decisions,
 * adjustments and reversals people append, and the balance, statement, ledger and work log.
 */
export { appendToLedger, type ManualEntry } from './append-to-ledger.js';
export { consumptionAwaitingApproval, consumptionDecided } from './events.js';
export { type LoggedWork, logWork, type WorkInput } from './log-work.js';
export type {
  HourBankDeps,
  HourBankTx,
  WorkLogReader,
  WorkLogRepository,
  WorkRecord,
} from './ports.js';
export { readBalance, readEntries, readStatement, readWork } from './read-bank.js';
export { settleTicketCharge } from './settle-ticket-charge.js';
export { hourBankData } from './stored-data.js';
