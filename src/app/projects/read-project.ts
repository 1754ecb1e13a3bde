import type { LedgerEntry } from '../../domain/hour-bank/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import {
  type BacklogRow,
  type BudgetUse,
  backlogCsv,
  backlogView,
  budgetUse,
  type CsvTable,
  fundedMinutes,
  fundingUse,
  type MilestoneProgress,
  milestoneProgress,
  type PhaseProgress,
  type RaciMatrix,
  raciCsv,
  raciMatrix,
  roadmapProgress,
  type SourceUse,
  suggestedOrder,
} from '../../domain/projects/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { ProjectRecord, ProjectsDeps } from './ports.js';
import { type ProjectContract, projectContract, projectOfContract } from './project-access.js';

type ReadOptions = Pick<ProjectsDeps, 'contracts' | 'calendars' | 'clock' | 'projects'> & {
  actor: Principal;
  contractId: string;
};

/** A project as its page shows it on a day: plan vs actual, RACI, backlog and budget. */
export interface ProjectView {
  readonly record: ProjectRecord;
  readonly contractName: string;
  readonly today: LocalDate;
  /** Each phase planned and as it really went; empty until the roadmap is planned. */
  readonly phases: readonly PhaseProgress[];
  readonly milestones: readonly MilestoneProgress[];
  readonly raci: RaciMatrix;
  readonly backlog: readonly BacklogRow[];
  readonly suggestedOrder: readonly string[];
  readonly budget: BudgetUse;
  readonly funding: FundingView;
}

/** A project's funding: each source funded vs used, and the budget no source covers yet. */
export interface FundingView {
  readonly sources: readonly SourceUse[];
  readonly fundedMinutes: number;
  /** Budget minutes no source funds yet. */
  readonly unfundedMinutes: number;
  /** Work no source covered: drawn from the period's own hours. */
  readonly unfundedUsedMinutes: number;
}

/** A contract's projects, with their budget used, for both sides. */
export async function listProjects(
  options: ReadOptions & Pick<ProjectsDeps, 'ledger'>,
): Promise<{ record: ProjectRecord; budget: BudgetUse }[]> {
  await projectContract({ ...options, action: 'projects.read' });
  const records = await options.projects.listByContract(options.contractId);
  const entries = await options.ledger.entries(options.contractId, ['consume', 'reversal']);
  return records.map((record) => ({ record, budget: budgetUse(record.project, entries) }));
}

function fundingOf(record: ProjectRecord, entries: readonly LedgerEntry[]): FundingView {
  const funded = fundedMinutes(record.funding);
  const use = fundingUse(record.project.id, record.funding, entries);
  return {
    sources: use.sources,
    fundedMinutes: funded,
    unfundedMinutes: Math.max(0, record.project.budget.minutes - funded),
    unfundedUsedMinutes: use.unfundedUsedMinutes,
  };
}

function viewOf(
  record: ProjectRecord,
  entries: readonly LedgerEntry[],
  { context, days }: ProjectContract,
): ProjectView {
  const { project, roadmap } = record;
  const { today } = context;
  return {
    record,
    contractName: context.record.name,
    today,
    phases: roadmap ? roadmapProgress(roadmap.phases, roadmap.actuals, today, days) : [],
    milestones: roadmap ? milestoneProgress(roadmap.milestones, today, days) : [],
    raci: raciMatrix(project.team, record.raci),
    backlog: backlogView(project.stories, project.backlogOrder),
    suggestedOrder: suggestedOrder(project.stories, project.backlogOrder),
    budget: budgetUse(project, entries),
    funding: fundingOf(record, entries),
  };
}

/** One project of the contract as its page shows it today in the contract's zone. */
export async function readProject(
  options: ReadOptions & Pick<ProjectsDeps, 'ledger'> & { projectId: string },
): Promise<ProjectView> {
  const contract = await projectContract({ ...options, action: 'projects.read' });
  const record = projectOfContract(
    await options.projects.find(options.projectId),
    options.contractId,
  );
  const entries = await options.ledger.entries(options.contractId, ['consume', 'reversal']);
  return viewOf(record, entries, contract);
}

/** Which table of a project to export. */
export type ProjectTable = 'backlog' | 'raci';

/** The backlog (product owner's order) or the RACI matrix as a table for CSV, untranslated. */
export async function projectTable(
  options: ReadOptions & { projectId: string; table: ProjectTable },
): Promise<{ record: ProjectRecord; contractName: string; today: LocalDate; table: CsvTable }> {
  const { context } = await projectContract({ ...options, action: 'projects.read' });
  const record = projectOfContract(
    await options.projects.find(options.projectId),
    options.contractId,
  );
  const { project } = record;
  const table =
    options.table === 'backlog'
      ? backlogCsv(project.stories, project.backlogOrder)
      : raciCsv(project.team, record.raci);
  return { record, contractName: context.record.name, today: context.today, table };
}
