/**
 * The contracts module's public surface: contracts, their amendments and versions, authorised
 * requesters, the context every rule reads (zone, today, calendars, SLA), and the terms a
 * contract applies to its hour bank over time (grants, period closing).
 */
export { amendContract } from './amend-contract.js';
export { type ClosedPeriods, closeDuePeriods } from './close-due-periods.js';
export { createContract, type NewContract } from './create-contract.js';
export { ContractContextCache, loadCurrentContractContext } from './current-context.js';
export { contractAmended, contractSigned, periodClosed } from './events.js';
export {
  type ContractContext,
  contractContextOf,
  contractInReach,
  loadContractContext,
} from './load-contract-context.js';
export type {
  ContractFingerprint,
  ContractReader,
  ContractRecord,
  ContractRepository,
  ContractsDeps,
  ContractsTx,
  LedgerReader,
  LedgerRepository,
} from './ports.js';
export { listContracts, readContract, readRequesters } from './read-contracts.js';
export { setRequesters } from './set-requesters.js';
export { contractsData } from './stored-data.js';
