/**
 * User stories (seed 003, "Checklist requisitos"): "Quién: como Tipo de usuario; Qué: quiero
 * que el sistema haga las siguientes Tareas; Porqué: con el objetivo de conseguir los
 * siguientes Beneficios", with "el nivel de dificultad y el beneficio obtenido", "los recursos y
 * tiempo necesario" (effort, in minutes) and "la dependencia con otras user stories".
 *
 * The seed's own first example has no "why", so the benefit clause is optional; a story made
 * from a quote line has no narrative until someone writes it. Dependencies may not form a cycle.
 */
import { invalidInput } from '../errors.js';
import { ProjectsRuleError } from './errors.js';

/** "As <type of user>, I want <tasks>, so that <benefits>". */
export interface StoryNarrative {
  readonly asA: string;
  readonly iWant: string;
  readonly soThat: string | null;
}

/** Where a story comes from. */
export type StoryOrigin =
  | { readonly kind: 'manual' }
  | { readonly kind: 'sample' }
  | {
      readonly kind: 'quote_line';
      readonly quoteId: string;
      readonly version: number;
      /** The line's position in that version, from 1. */
      readonly line: number;
    };

/** A backlog item: a user story, possibly still to be written and estimated. */
export interface UserStory {
  readonly id: string;
  readonly title: string;
  readonly narrative: StoryNarrative | null;
  /** 1 (trivial) to 5 (very hard); null until assessed. */
  readonly difficulty: number | null;
  /** 1 (marginal) to 5 (essential); null until assessed. */
  readonly benefit: number | null;
  /** Estimated effort in minutes; null until estimated. */
  readonly effortMinutes: number | null;
  /** Ids of the stories that must be done first. */
  readonly dependsOn: readonly string[];
  readonly origin: StoryOrigin;
}

/** The lowest and highest difficulty or benefit. */
export const scoreRange = { min: 1, max: 5 } as const;

function checkScore(value: number | null, path: string): void {
  if (value === null) return;
  if (!Number.isSafeInteger(value) || value < scoreRange.min || value > scoreRange.max) {
    throw invalidInput(path, `must be a whole number from ${scoreRange.min} to ${scoreRange.max}`);
  }
}

function checkStory(story: UserStory, at: string): void {
  if (story.id.trim() === '') throw invalidInput(`${at}.id`, 'required');
  if (story.title.trim() === '') throw invalidInput(`${at}.title`, 'required');
  if (story.narrative !== null) {
    if (story.narrative.asA.trim() === '') throw invalidInput(`${at}.narrative.asA`, 'required');
    if (story.narrative.iWant.trim() === '')
      throw invalidInput(`${at}.narrative.iWant`, 'required');
    if (story.narrative.soThat !== null && story.narrative.soThat.trim() === '') {
      throw invalidInput(`${at}.narrative.soThat`, 'empty: leave it out instead');
    }
  }
  checkScore(story.difficulty, `${at}.difficulty`);
  checkScore(story.benefit, `${at}.benefit`);
  const effort = story.effortMinutes;
  if (effort !== null && (!Number.isSafeInteger(effort) || effort < 1)) {
    throw invalidInput(`${at}.effortMinutes`, 'must be a whole number of minutes ≥ 1');
  }
}

/** A dependency cycle as a path of ids (first id repeated at the end), or null when there is none. */
export function dependencyCycle(stories: readonly UserStory[]): string[] | null {
  const byId = new Map(stories.map((story) => [story.id, story]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const next of byId.get(id)?.dependsOn ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const story of stories) {
    const cycle = visit(story.id);
    if (cycle) return cycle;
  }
  return null;
}

/** Checks stories: fields, unique ids, dependencies on known stories and no cycle. */
export function checkStories(stories: readonly UserStory[], path = 'stories'): void {
  const ids = new Set<string>();
  stories.forEach((story, index) => {
    checkStory(story, `${path}[${index}]`);
    if (ids.has(story.id)) throw invalidInput(`${path}[${index}].id`, 'duplicate story');
    ids.add(story.id);
  });
  stories.forEach((story, index) => {
    story.dependsOn.forEach((id, at) => {
      if (!ids.has(id))
        throw invalidInput(`${path}[${index}].dependsOn[${at}]`, `no story "${id}"`);
    });
  });
  const cycle = dependencyCycle(stories);
  if (cycle) {
    const index = stories.findIndex((story) => story.id === cycle[0]);
    throw new ProjectsRuleError(
      'dependency_cycle',
      { cycle },
      `story dependencies may not form a cycle: ${cycle.join(' → ')}`,
      `${path}[${index}].dependsOn`,
    );
  }
}
