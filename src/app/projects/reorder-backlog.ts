import { reorderBacklog as reorder } from '../../domain/projects/index.js';
import { authorOf, type Origin } from '../shared/index.js';
import type { ProjectRecord, ProjectsDeps } from './ports.js';
import { changeProject, type ProjectRequest } from './project-access.js';

/**
 * The product owner (a team member of either side, signed in as their user) sets the backlog's
 * order; every story exactly once. Anyone else is refused, even provider staff.
 */
export async function reorderBacklog(
  options: ProjectsDeps &
    ProjectRequest & { origin: Origin; projectId: string; order: readonly string[] },
): Promise<ProjectRecord> {
  return changeProject(options, 'projects.order', ({ record }) => {
    const { project } = record;
    const userId = authorOf(options.actor);
    const member = project.team.members.find((one) => one.userId !== null && one.userId === userId);
    const backlogOrder = reorder(project.team, project.stories, options.order, member?.id ?? '');
    return { ...record, project: { ...project, backlogOrder } };
  });
}
