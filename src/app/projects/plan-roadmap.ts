import {
  type Actuals,
  type PhaseKey,
  ProjectsRuleError,
  phaseMilestones,
  planRoadmap as plan,
  roadmapProgress,
} from '../../domain/projects/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { Origin } from '../shared/index.js';
import type { ProjectRecord, ProjectsDeps } from './ports.js';
import { changeProject, type ProjectRequest } from './project-access.js';

type Options = ProjectsDeps & ProjectRequest & { origin: Origin; projectId: string };

/**
 * The provider plans the roadmap from seed 003's template on the contract's business days: each
 * phase's length within its range, one after the other from `startOn`; the end of each phase is a
 * milestone. Re-planning keeps the actual dates already recorded.
 */
export async function planRoadmap(
  options: Options & {
    startOn: LocalDate;
    lengths: Partial<Record<PhaseKey, number>>;
  },
): Promise<ProjectRecord> {
  return changeProject(options, 'projects.manage', ({ record, contract }) => {
    const request = { startOn: options.startOn, lengths: options.lengths };
    const phases = plan(request, contract.days);
    const reached = new Map(record.roadmap?.milestones.map((m) => [m.id, m.reachedOn]));
    const milestones = phaseMilestones(phases).map((milestone) => ({
      ...milestone,
      reachedOn: reached.get(milestone.id) ?? null,
    }));
    const actuals = record.roadmap?.actuals ?? {};
    return { ...record, roadmap: { ...request, phases, actuals, milestones } };
  });
}

/**
 * The provider records when a phase really started and ended (dates up to today); its end
 * milestone is reached on the phase's actual end. Plan vs actual is read in business days.
 */
export async function recordPhaseActuals(
  options: Options & { phase: PhaseKey; actual: Actuals },
): Promise<ProjectRecord> {
  return changeProject(options, 'projects.manage', ({ record, contract }) => {
    const roadmap = record.roadmap;
    if (roadmap === null) {
      throw new ProjectsRuleError('roadmap_not_planned', {}, 'plan the roadmap first', 'phase');
    }
    const actuals = { ...roadmap.actuals, [options.phase]: options.actual };
    roadmapProgress(roadmap.phases, actuals, contract.context.today, contract.days);
    const milestones = roadmap.milestones.map((milestone) =>
      milestone.id === `${options.phase}_end`
        ? { ...milestone, reachedOn: options.actual.end }
        : milestone,
    );
    return { ...record, roadmap: { ...roadmap, actuals, milestones } };
  });
}
