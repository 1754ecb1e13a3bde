/**
 * The projects module's public surface (seeds 002 §4 and 003): the project an approved quote
 * becomes, its roadmap on the contract's business days with plan vs actual, its team and RACI,
 * user stories and the product backlog, and its work logged through the hour bank.
 */
export { type FundingChoice, fundProject, type TopUpChoice } from './fund-project.js';
export { logProjectWork } from './log-project-work.js';
export { planRoadmap, recordPhaseActuals } from './plan-roadmap.js';
export type {
  ProjectReader,
  ProjectRecord,
  ProjectRepository,
  ProjectRoadmap,
  ProjectsDeps,
  ProjectsTx,
} from './ports.js';
export {
  listProjects,
  type ProjectTable,
  type ProjectView,
  projectTable,
  readProject,
} from './read-project.js';
export { reorderBacklog } from './reorder-backlog.js';
export { addSampleStories, type StoryInput, saveStory } from './save-story.js';
export { setRaci, setTeam } from './set-team.js';
export { projectsData } from './stored-data.js';
