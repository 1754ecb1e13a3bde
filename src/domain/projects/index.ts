/**
 * Implementation projects (seeds 002 §4 and 003): the roadmap on the contract's business days
 * with plan vs actual, team and RACI, user stories and the product backlog, the project an
 * approved quote becomes, and its funding from the hour bank.
 */
export {
  type BacklogRow,
  backlogCsv,
  backlogView,
  checkBacklogOrder,
  hoursText,
  reorderBacklog,
  suggestedOrder,
} from './backlog.js';
export { type BusinessDays, businessDaysOf } from './business-days.js';
export type { CsvColumn, CsvTable, CsvValue, CsvValueKind } from './csv.js';
export { type ProjectRule, ProjectsRuleError, projectRules } from './errors.js';
export {
  type FundingPlan,
  type IdleHours,
  idleHours,
  planFunding,
  type TopUp,
  type TopUpRequest,
} from './funding.js';
export {
  checkGrowthStart,
  type FundingSource,
  fundedMinutes,
  fundingUse,
  idleReservedElsewhere,
  idleSource,
  type SourceUse,
  sourceMinutes,
} from './funding-sources.js';
export {
  type GrowthRequest,
  growContract,
  hourlyRate,
  type PrepaidRequest,
  prepayHours,
  priceForPeriod,
} from './growth.js';
export {
  type Actuals,
  businessDaysBetween,
  checkMilestone,
  type Milestone,
  type MilestoneProgress,
  milestoneProgress,
  type PhaseProgress,
  type ProgressState,
  phaseMilestones,
  roadmapProgress,
} from './progress.js';
export {
  addStory,
  type Project,
  type ProjectBudget,
  projectFromQuote,
} from './project.js';
export {
  type BudgetUse,
  budgetUse,
  type ProjectStatement,
  projectOfEntry,
  projectWorkEntry,
  projectWorkRef,
  statementWithProjects,
} from './project-work.js';
export {
  checkRaci,
  type RaciAssignment,
  type RaciItem,
  type RaciMatrix,
  type RaciRole,
  raciCsv,
  raciMatrix,
  raciRoles,
} from './raci.js';
export {
  type ExpectedResult,
  expectedResults,
  type PhaseKey,
  type PhaseTemplate,
  type PlannedPhase,
  phaseKeys,
  planRoadmap,
  type RoadmapRequest,
  roadmapTemplate,
} from './roadmap.js';
export { sampleStories } from './sample-stories.js';
export {
  checkStories,
  dependencyCycle,
  type StoryNarrative,
  type StoryOrigin,
  scoreRange,
  type UserStory,
} from './stories.js';
export {
  checkTeam,
  type ScrumRole,
  scrumRoles,
  type Team,
  type TeamMember,
  type TeamRole,
  type TeamScheme,
  type TeamSide,
  type WorkArea,
  workAreas,
} from './team.js';
