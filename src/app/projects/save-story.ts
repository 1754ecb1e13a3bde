import { DomainError } from '../../domain/errors.js';
import {
  checkBacklogOrder,
  checkStories,
  sampleStories,
  type UserStory,
} from '../../domain/projects/index.js';
import type { Origin } from '../shared/index.js';
import type { ProjectRecord, ProjectsDeps } from './ports.js';
import { changeProject, type ProjectRequest } from './project-access.js';

type Options = ProjectsDeps & ProjectRequest & { origin: Origin; projectId: string };

/** What people write of a story; its id and origin are the project's. */
export type StoryInput = Omit<UserStory, 'id' | 'origin'>;

/**
 * The provider adds a user story at the end of the backlog, or rewrites one (`storyId`): its
 * narrative, difficulty, benefit, effort and dependencies, which may not form a cycle.
 */
export async function saveStory(
  options: Options & { storyId: string | null; story: StoryInput },
): Promise<ProjectRecord> {
  return changeProject(options, 'projects.manage', ({ record }) => {
    const { project } = record;
    const existing = project.stories.find((story) => story.id === options.storyId);
    if (options.storyId !== null && existing === undefined) {
      throw new DomainError('not_found', 'no such story');
    }
    const id = existing?.id ?? options.ids.newId();
    const story: UserStory = {
      ...options.story,
      id,
      origin: existing?.origin ?? { kind: 'manual' },
    };
    const stories = existing
      ? project.stories.map((one) => (one.id === id ? story : one))
      : [...project.stories, story];
    const backlogOrder = existing ? project.backlogOrder : [...project.backlogOrder, id];
    checkStories(stories, 'stories');
    checkBacklogOrder(stories, backlogOrder);
    return { ...record, project: { ...project, stories, backlogOrder } };
  });
}

/**
 * The provider adds seed 003's example stories (in the seed's Spanish) to the end of the backlog,
 * with fresh ids and their dependency kept.
 */
export async function addSampleStories(options: Options): Promise<ProjectRecord> {
  return changeProject(options, 'projects.manage', ({ record }) => {
    const idOf = new Map(sampleStories.map((story) => [story.id, options.ids.newId()]));
    const fresh = (id: string) => idOf.get(id) ?? id;
    const added = sampleStories.map((story) => ({
      ...story,
      id: fresh(story.id),
      dependsOn: story.dependsOn.map(fresh),
    }));
    const stories = [...record.project.stories, ...added];
    checkStories(stories, 'stories');
    const backlogOrder = [...record.project.backlogOrder, ...added.map((story) => story.id)];
    return { ...record, project: { ...record.project, stories, backlogOrder } };
  });
}
