/**
 * What the hour-bank module needs: the contract's ledger (declared by the contracts module, whose
 * terms append to it too) and the log of work with what each piece was charged and why.
 */
import type { ChargeReason, TicketWork } from '../../domain/hour-bank/index.js';
import type { TicketKind } from '../../domain/tickets/vocabulary.js';
import type { CalendarReader } from '../calendars/index.js';
import type {
  ContractReader,
  ContractRepository,
  LedgerReader,
  LedgerRepository,
} from '../contracts/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

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

/** The work log of contracts. */
export interface WorkLogRepository {
  /** A ticket's logged time entries (in any order) and the minutes it has been charged in total. */
  ticketWork(
    contractId: string,
    ticketRef: string,
  ): Promise<{ entries: TicketWork[]; chargedMinutes: number }>;
  record(work: WorkRecord): Promise<WorkRecord>;
  /** Logged work, newest first; `ticketRefs` keeps only the work of those tickets. */
  list(
    contractId: string,
    filter: { ticketRef?: string; ticketRefs?: readonly string[]; limit: number },
  ): Promise<WorkRecord[]>;
  /** The refs of the contract's tickets a requester asked (what a requester may see of the bank). */
  ticketRefsRequestedBy(contractId: string, userId: string): Promise<string[]>;
}

/** The work log, read outside a transaction. */
export type WorkLogReader = Pick<WorkLogRepository, 'list' | 'ticketRefsRequestedBy'>;

/** What hour-bank use-cases write in one transaction (holding the contract's lock). */
export interface HourBankTx extends ChangeTx {
  contracts: Pick<ContractRepository, 'lock'>;
  ledger: LedgerRepository;
  workLog: WorkLogRepository;
}

/** Everything the hour-bank use-cases need. */
export interface HourBankDeps {
  clock: Clock;
  ids: Ids;
  contracts: ContractReader;
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>;
  ledger: LedgerReader;
  workLog: WorkLogReader;
  transact: Transact<HourBankTx>;
}
