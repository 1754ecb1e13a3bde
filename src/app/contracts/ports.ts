/**
 * What the contracts module needs: contracts with their amendments and authorised requesters,
 * and the ledger of the hour bank, to which a contract's terms append their own entries
 * (grants when a period opens, expiries and overage when it closes).
 */
import type { Amendment, Contract } from '../../domain/contracts/index.js';
import type { Checkpoint, LedgerEntry, NewEntry } from '../../domain/hour-bank/index.js';
import type { PlanParams } from '../../domain/plans/params.js';
import type { CalendarReader } from '../calendars/index.js';
import type { OrganisationReader, UserReader } from '../identity/index.js';
import type { PlanReader } from '../plans/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** A contract with what the API shows beside the domain's contract. */
export interface ContractRecord {
  contract: Contract;
  name: string;
  planId: string | null;
  createdAt: Date;
}

/** Contracts, their amendments and authorised requesters. */
export interface ContractRepository {
  create(input: {
    id: string;
    clientId: string;
    planId: string | null;
    name: string;
    start: string;
    end: string | null;
    plan: PlanParams;
    at: Date;
  }): Promise<ContractRecord>;
  find(id: string): Promise<ContractRecord | undefined>;
  /** All contracts, or those of the given clients. */
  list(clientIds?: readonly string[]): Promise<ContractRecord[]>;
  /** Takes the contract's row lock until the transaction ends: appends to its ledger never race. */
  lock(id: string): Promise<ContractRecord | undefined>;
  addAmendment(
    contractId: string,
    amendment: Amendment,
    by: string | null,
    at: Date,
  ): Promise<void>;
  /** Who may open tickets on the contract (seed 002's "Contraparte"). */
  requesters(contractId: string): Promise<string[]>;
  setRequesters(contractId: string, userIds: readonly string[]): Promise<void>;
  /**
   * In one query, what a contract's context is read from, as fingerprints: the contract with its
   * amendments, and the calendars `calendarRefs` name; and whether `requesterId` is one of its
   * authorised requesters now. Undefined when there is no such contract.
   */
  fingerprint(
    contractId: string,
    calendarRefs: readonly string[],
    requesterId: string | null,
  ): Promise<ContractFingerprint | undefined>;
}

/** What {@link ContractRepository.fingerprint} reads: equal fingerprints, equal stored rows. */
export interface ContractFingerprint {
  contract: string;
  calendars: string;
  requester: boolean;
}

/** Contracts, read outside a transaction. */
export type ContractReader = Pick<
  ContractRepository,
  'find' | 'list' | 'requesters' | 'fingerprint'
>;

/** The append-only ledger of a contract's hour bank. */
export interface LedgerRepository {
  /** The ledger in append order: all of it, or only entries of the given types. */
  entries(
    contractId: string,
    types?: readonly LedgerEntry['type'][] | 'all',
  ): Promise<LedgerEntry[]>;
  /**
   * What a replay to the end of `until` reads: the latest checkpoint on or before it (null when
   * no period before it is closed) and the entries dated from the checkpoint through `until`,
   * in append order.
   */
  replayInput(
    contractId: string,
    until: string,
  ): Promise<{ checkpoint: Checkpoint | null; entries: LedgerEntry[] }>;
  /** Keeps the checkpoint of a period, in the transaction that closes it. */
  saveCheckpoint(contractId: string, checkpoint: Checkpoint, at: Date): Promise<void>;
  /** Appends entries in order and returns them with their ids. */
  append(
    contractId: string,
    entries: readonly NewEntry[],
    by: string | null,
    at: Date,
  ): Promise<LedgerEntry[]>;
}

/** The ledger, read outside a transaction. */
export type LedgerReader = Pick<LedgerRepository, 'entries' | 'replayInput'>;

/** What contract use-cases write in one transaction. */
export interface ContractsTx extends ChangeTx {
  contracts: ContractRepository;
  ledger: LedgerRepository;
}

/** Everything the contract use-cases need. */
export interface ContractsDeps {
  clock: Clock;
  ids: Ids;
  contracts: ContractReader;
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>;
  organisations: Pick<OrganisationReader, 'findById'>;
  users: Pick<UserReader, 'findById'>;
  plans: Pick<PlanReader, 'findById'>;
  transact: Transact<ContractsTx>;
}
