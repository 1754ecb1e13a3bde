import type { Amendment, Contract } from '../../domain/contracts/index.js';
import type { ChargeReason } from '../../domain/hour-bank/charge.js';
import type { LedgerEntry, NewEntry, Tally } from '../../domain/hour-bank/index.js';
import type { PlanParams } from '../../domain/plans/params.js';
import type { TicketKind } from '../../domain/tickets/vocabulary.js';

/** A plan of the catalogue. */
export interface StoredPlan {
  id: string;
  name: string;
  presetId: string | null;
  params: PlanParams;
  createdAt: Date;
  updatedAt: Date;
}

/** The plan catalogue. */
export interface PlanRepository {
  create(input: {
    name: string;
    presetId: string | null;
    params: PlanParams;
    at: Date;
  }): Promise<StoredPlan>;
  update(
    id: string,
    input: { name: string; params: PlanParams; at: Date },
  ): Promise<StoredPlan | undefined>;
  findById(id: string): Promise<StoredPlan | undefined>;
  findByName(name: string): Promise<StoredPlan | undefined>;
  list(): Promise<StoredPlan[]>;
}

/** A contract with what the API shows beside the domain's contract. */
export interface ContractRecord {
  contract: Contract;
  name: string;
  planId: string | null;
  createdAt: Date;
}

/** One piece of logged work with its charge. */
export interface WorkRecord {
  id: string;
  contractId: string;
  ticketRef: string;
  conversationRef: string | null;
  kind: TicketKind;
  on: string;
  workedMinutes: number;
  chargedMinutes: number;
  firstContact: boolean;
  reasons: ChargeReason[];
  quoteRequired: boolean;
  ledgerEntryId: string | null;
  note: string | null;
  createdAt: Date;
  createdBy: string | null;
}

/** What a use-case may do to one contract while it holds the contract's lock (one transaction). */
export interface ContractSession {
  readonly record: ContractRecord;
  /** The ledger in append order: all of it, or only the types asked for when taking the lock. */
  readonly entries: readonly LedgerEntry[];
  /** Appends entries in order and returns them with their ids. */
  append(entries: readonly NewEntry[], by: string | null): Promise<LedgerEntry[]>;
  addAmendment(amendment: Amendment, by: string | null, at: Date): Promise<void>;
  /** Worked and charged minutes so far on a ticket, and on one of its conversations. */
  tallies(
    ticketRef: string,
    conversationRef: string | null,
  ): Promise<{ ticket: Tally; conversation: Tally | null }>;
  recordWork(work: Omit<WorkRecord, 'id' | 'createdAt'>, at: Date): Promise<WorkRecord>;
}

/** Contracts, their amendments, ledgers and work logs. */
export interface ContractRepository {
  /** Stores a new contract and its first ledger entries in one transaction. */
  create(input: {
    id: string;
    clientId: string;
    planId: string | null;
    name: string;
    start: string;
    end: string | null;
    plan: PlanParams;
    at: Date;
    initialEntries: readonly NewEntry[];
    by: string | null;
  }): Promise<ContractRecord>;
  find(id: string): Promise<ContractRecord | undefined>;
  /** All contracts, or those of the given clients. */
  list(clientIds?: readonly string[]): Promise<ContractRecord[]>;
  /** The contract's ledger in append order, read without a lock. */
  entries(contractId: string): Promise<LedgerEntry[]>;
  listWork(
    contractId: string,
    filter: { ticketRef?: string; limit: number },
  ): Promise<WorkRecord[]>;
  /**
   * Runs `work` in one transaction holding the contract's row lock: appends never race. With
   * `entryTypes`, the session loads only those entries (see `entriesReadToCheck`).
   */
  withLock<T>(
    contractId: string,
    work: (session: ContractSession) => Promise<T>,
    entryTypes?: readonly LedgerEntry['type'][] | 'all',
  ): Promise<T>;
}
