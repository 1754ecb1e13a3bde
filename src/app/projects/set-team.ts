import { checkRaci, checkTeam, type RaciItem, type Team } from '../../domain/projects/index.js';
import type { Origin } from '../shared/index.js';
import type { ProjectRecord, ProjectsDeps } from './ports.js';
import { changeProject, type ProjectRequest } from './project-access.js';

type Options = ProjectsDeps & ProjectRequest & { origin: Origin; projectId: string };

/**
 * The provider names the team (both sides, Scrum roles or the four areas, dedication) and its
 * product owner; the RACI matrix must still hold with the new team.
 */
export async function setTeam(options: Options & { team: Team }): Promise<ProjectRecord> {
  return changeProject(options, 'projects.manage', ({ record }) => {
    checkTeam(options.team);
    checkRaci(options.team, record.raci);
    return { ...record, project: { ...record.project, team: options.team } };
  });
}

/**
 * The provider sets the RACI matrix: per task or deliverable exactly one Accountable and at least
 * one Responsible among the team, any Consulted and Informed (refused otherwise, naming the item).
 */
export async function setRaci(
  options: Options & { items: readonly RaciItem[] },
): Promise<ProjectRecord> {
  return changeProject(options, 'projects.manage', ({ record }) => {
    checkRaci(record.project.team, options.items, 'items');
    return { ...record, raci: options.items };
  });
}
