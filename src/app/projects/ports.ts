/**
 * What the projects module needs: its projects (each kept whole with its roadmap and RACI), the
 * contracts and calendars they run on, and the contract's ledger their work is logged through.
 */
import type {
  Actuals,
  FundingSource,
  Milestone,
  PhaseKey,
  PlannedPhase,
  Project,
  RaciItem,
} from '../../domain/projects/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { CalendarReader } from '../calendars/index.js';
import type {
  ContractReader,
  ContractRepository,
  LedgerReader,
  LedgerRepository,
} from '../contracts/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** A roadmap as planned from the template, with what really happened. */
export interface ProjectRoadmap {
  readonly startOn: LocalDate;
  readonly lengths: Partial<Record<PhaseKey, number>>;
  readonly phases: readonly PlannedPhase[];
  readonly actuals: Partial<Record<PhaseKey, Actuals>>;
  readonly milestones: readonly Milestone[];
}

/**
 * A project as stored: the domain project, its roadmap (null until planned), RACI items and the
 * sources its hours were funded from (empty until funded).
 */
export interface ProjectRecord {
  readonly project: Project;
  readonly roadmap: ProjectRoadmap | null;
  readonly raci: readonly RaciItem[];
  readonly funding: readonly FundingSource[];
}

/** Projects, found by contract, id or the quote they come from. */
export interface ProjectRepository {
  listByContract(contractId: string): Promise<ProjectRecord[]>;
  find(id: string): Promise<ProjectRecord | undefined>;
  /** Takes the project's row lock until the transaction ends: one change at a time. */
  lock(id: string): Promise<ProjectRecord | undefined>;
  /** Inserts or replaces the project. */
  save(record: ProjectRecord, at: Date): Promise<void>;
}

/** Projects read outside a transaction. */
export type ProjectReader = Pick<ProjectRepository, 'listByContract' | 'find'>;

/** What project use-cases write in one transaction. */
export interface ProjectsTx extends ChangeTx {
  projects: ProjectRepository;
  contracts: Pick<ContractRepository, 'lock' | 'addAmendment'>;
  ledger: LedgerRepository;
}

/** Everything the project use-cases need. */
export interface ProjectsDeps {
  clock: Clock;
  ids: Ids;
  contracts: ContractReader;
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>;
  ledger: LedgerReader;
  projects: ProjectReader;
  transact: Transact<ProjectsTx>;
}
