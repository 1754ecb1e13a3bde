/**
 * The product backlog: the stories in the order the product owner sets (seed 003: the Product
 * Owner "tiene autoridad para tomar decisiones … se preocupa por el ROI del proyecto"), and
 * beside it a suggested order — most benefit per hour of effort first ("priorízalos según valor
 * y tiempo de entrega"), never before a story it depends on.
 *
 * The suggestion is greedy: at each step, of the stories whose dependencies are placed, the one
 * with the highest benefit ÷ effort (compared exactly, as cross products); stories not yet
 * scored or estimated come after the scored ones; ties keep the product owner's order.
 */
import { DomainError, invalidInput } from '../errors.js';
import { divideHalfUp } from '../money.js';
import { type CsvTable, codedColumn } from './csv.js';
import { ProjectsRuleError } from './errors.js';
import type { UserStory } from './stories.js';
import type { Team } from './team.js';

/** Checks that `order` lists every story exactly once. */
export function checkBacklogOrder(
  stories: readonly UserStory[],
  order: readonly string[],
  path = 'order',
): void {
  const ids = new Set(stories.map((story) => story.id));
  const seen = new Set<string>();
  order.forEach((id, index) => {
    if (!ids.has(id)) throw invalidInput(`${path}[${index}]`, `no story "${id}"`);
    if (seen.has(id)) throw invalidInput(`${path}[${index}]`, `"${id}" is listed twice`);
    seen.add(id);
  });
  const missing = stories.find((story) => !seen.has(story.id));
  if (missing) throw invalidInput(path, `story "${missing.id}" is missing`);
}

/** The product owner's new order, checked: only the team's product owner may set it. */
export function reorderBacklog(
  team: Team,
  stories: readonly UserStory[],
  order: readonly string[],
  byMemberId: string,
): readonly string[] {
  if (team.productOwnerId === null) {
    throw new ProjectsRuleError(
      'no_product_owner',
      {},
      'the team has no product owner yet',
      'team',
    );
  }
  if (byMemberId !== team.productOwnerId) {
    throw new DomainError('forbidden', 'only the product owner orders the backlog', 'by');
  }
  checkBacklogOrder(stories, order);
  return order;
}

/** Whether `a` goes before `b` on benefit ÷ effort (unscored stories last; null: a tie). */
function ranksBefore(a: UserStory, b: UserStory): boolean | null {
  const scoreA = a.benefit !== null && a.effortMinutes !== null;
  const scoreB = b.benefit !== null && b.effortMinutes !== null;
  if (scoreA !== scoreB) return scoreA;
  if (!scoreA) return null;
  const left = (a.benefit ?? 0) * (b.effortMinutes ?? 0);
  const right = (b.benefit ?? 0) * (a.effortMinutes ?? 0);
  return left === right ? null : left > right;
}

/** The suggested order: benefit ÷ effort, dependencies first, ties in the product owner's order. */
export function suggestedOrder(stories: readonly UserStory[], order: readonly string[]): string[] {
  checkBacklogOrder(stories, order);
  const byId = new Map(stories.map((story) => [story.id, story]));
  const placed = new Set<string>();
  const result: string[] = [];
  while (result.length < order.length) {
    let best: UserStory | null = null;
    for (const id of order) {
      const story = byId.get(id);
      if (!story || placed.has(id) || !story.dependsOn.every((dep) => placed.has(dep))) continue;
      if (best === null || ranksBefore(story, best) === true) best = story;
    }
    if (best === null) {
      throw new ProjectsRuleError(
        'dependency_cycle',
        { cycle: [] },
        'story dependencies form a cycle',
      );
    }
    placed.add(best.id);
    result.push(best.id);
  }
  return result;
}

/** One line of the backlog view: the story, where it stands and where it is suggested. */
export interface BacklogRow {
  readonly position: number;
  readonly suggestedPosition: number;
  readonly story: UserStory;
  /** Dependencies the product owner placed later than the story. */
  readonly blockedBy: readonly string[];
}

/** The backlog in the product owner's order, with the suggestion and misplaced dependencies. */
export function backlogView(stories: readonly UserStory[], order: readonly string[]): BacklogRow[] {
  const suggested = suggestedOrder(stories, order);
  const byId = new Map(stories.map((story) => [story.id, story]));
  return order.flatMap((id, index) => {
    const story = byId.get(id);
    if (!story) return [];
    const blockedBy = story.dependsOn.filter((dep) => order.indexOf(dep) > index);
    return [
      { position: index + 1, suggestedPosition: suggested.indexOf(id) + 1, story, blockedBy },
    ];
  });
}

/** Minutes as decimal hours with two decimals, rounded half-up ("2.50", "0.33"). */
export function hoursText(minutes: number): string {
  const hundredths = divideHalfUp(BigInt(minutes) * 100n, 60n);
  const text = hundredths.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

const backlogColumns = (
  [
    ['position', 'number'],
    ['suggested_position', 'number'],
    ['id', 'text'],
    ['title', 'text'],
    ['as_a', 'text'],
    ['i_want', 'text'],
    ['so_that', 'text'],
    ['difficulty', 'number'],
    ['benefit', 'number'],
    ['effort_hours', 'number'],
    ['depends_on', 'text'],
    ['origin', 'code'],
  ] as const
).map(([key, values]) => codedColumn('projects.backlog.csv', key, values));

/** The backlog as a CSV table, in the product owner's order (dependencies as ids, space-separated). */
export function backlogCsv(stories: readonly UserStory[], order: readonly string[]): CsvTable {
  const rows = backlogView(stories, order).map(({ position, suggestedPosition, story }) => [
    position,
    suggestedPosition,
    story.id,
    story.title,
    story.narrative?.asA ?? null,
    story.narrative?.iWant ?? null,
    story.narrative?.soThat ?? null,
    story.difficulty,
    story.benefit,
    story.effortMinutes === null ? null : hoursText(story.effortMinutes),
    story.dependsOn.join(' '),
    story.origin.kind,
  ]);
  return { columns: backlogColumns, rows };
}
