/**
 * An implementation project under a contract. An approved quote becomes one: its lines become
 * the first backlog items, in the quote's order, and its hours and price the project's budget
 * (issue 16; seed 002 §4 "Implementaciones"). Roadmap, team and RACI are planned at kick-off.
 */
import { DomainError } from '../errors.js';
import type { Money } from '../money.js';
import { currentVersion, type Quote, quoteTotals } from '../quotes/index.js';
import { checkBacklogOrder } from './backlog.js';
import { checkStories, type UserStory } from './stories.js';
import type { Team } from './team.js';

/** What the client agreed to pay for: hours (of the hours lines) and the quote's total. */
export interface ProjectBudget {
  readonly minutes: number;
  readonly amount: Money;
}

/** A project: its budget, team, and backlog (stories in the product owner's order). */
export interface Project {
  readonly id: string;
  readonly contractId: string;
  readonly clientId: string;
  readonly name: string;
  /** The approved quote it comes from; null for a project agreed without one. */
  readonly quoteId: string | null;
  readonly budget: ProjectBudget;
  readonly team: Team;
  readonly stories: readonly UserStory[];
  /** Story ids, in the product owner's order. */
  readonly backlogOrder: readonly string[];
}

/** The team of a new project: Scrum, nobody named yet. */
const emptyTeam: Team = { scheme: 'scrum', members: [], productOwnerId: null };

/**
 * The project an approved quote becomes: one backlog item per line of the approved version
 * (hours lines estimated at their minutes, fixed lines unestimated), the budget its totals.
 * `nextId` mints the story ids (the use-case's Ids port).
 */
export function projectFromQuote(quote: Quote, projectId: string, nextId: () => string): Project {
  const version = currentVersion(quote);
  if (version.state !== 'approved') {
    throw new DomainError(
      'conflict',
      `only an approved quote becomes a project; this one is ${version.state}`,
      'quote.state',
    );
  }
  const stories: UserStory[] = version.content.lines.map((line, index) => ({
    id: nextId(),
    title: line.description,
    narrative: null,
    difficulty: null,
    benefit: null,
    effortMinutes: line.kind === 'hours' ? line.minutes : null,
    dependsOn: [],
    origin: { kind: 'quote_line', quoteId: quote.id, version: version.number, line: index + 1 },
  }));
  checkStories(stories);
  return {
    id: projectId,
    contractId: quote.contractId,
    clientId: quote.clientId,
    name: version.content.title,
    quoteId: quote.id,
    budget: quoteTotals(version.content, quote.currency),
    team: emptyTeam,
    stories,
    backlogOrder: stories.map((story) => story.id),
  };
}

/** The project with a new story at the end of the backlog (its dependencies checked). */
export function addStory(project: Project, story: UserStory): Project {
  const stories = [...project.stories, story];
  checkStories(stories);
  const backlogOrder = [...project.backlogOrder, story.id];
  checkBacklogOrder(stories, backlogOrder);
  return { ...project, stories, backlogOrder };
}
