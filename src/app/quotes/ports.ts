/**
 * What the quotes module needs: its quotes, the contracts they are made under, the tickets and
 * agency intake items they come from, and, when the client approves one, the projects module's
 * repository to save the project it becomes.
 */
import type { Quote } from '../../domain/quotes/index.js';
import type { AgencyReader } from '../agency/index.js';
import type { CalendarReader } from '../calendars/index.js';
import type { ContractReader } from '../contracts/index.js';
import type { TicketReader } from '../desk/index.js';
import type { ProjectRepository } from '../projects/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** Quotes, found by contract, ticket or id. */
export interface QuoteRepository {
  /** A contract's quotes, oldest first. */
  listByContract(contractId: string): Promise<Quote[]>;
  /** The quotes made from a ticket, oldest first. */
  listByTicket(ticketId: string): Promise<Quote[]>;
  find(id: string): Promise<Quote | undefined>;
  /** Takes the quote's row lock until the transaction ends: one change at a time. */
  lock(id: string): Promise<Quote | undefined>;
  /** Inserts or replaces the quote. */
  save(quote: Quote, by: string | null, at: Date): Promise<void>;
}

/** Quotes read outside a transaction. */
export type QuoteReader = Pick<QuoteRepository, 'listByContract' | 'listByTicket' | 'find'>;

/** What quote use-cases write in one transaction. */
export interface QuotesTx extends ChangeTx {
  quotes: QuoteRepository;
  projects: Pick<ProjectRepository, 'save'>;
}

/** Everything the quote use-cases need. */
export interface QuotesDeps {
  clock: Clock;
  ids: Ids;
  contracts: ContractReader;
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>;
  tickets: Pick<TicketReader, 'find'>;
  agency: Pick<AgencyReader, 'activities'>;
  quotes: QuoteReader;
  transact: Transact<QuotesTx>;
}
