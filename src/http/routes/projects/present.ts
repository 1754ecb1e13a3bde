/** Projects as the API answers them: budget as an exact decimal, plan beside actual. */
import type { z } from 'zod';
import type { ProjectRecord, ProjectView } from '../../../app/projects/index.js';
import { toMoneyJson } from '../../../domain/money.js';
import type { BudgetUse, SourceUse } from '../../../domain/projects/index.js';
import type { projectSummaryView, projectView } from './schema.js';

/** A project in a list, with its budget used. */
export function presentSummary(
  record: ProjectRecord,
  use: BudgetUse,
): z.input<typeof projectSummaryView> {
  const { project } = record;
  return {
    id: project.id,
    name: project.name,
    quoteId: project.quoteId,
    budget: {
      minutes: project.budget.minutes,
      amount: toMoneyJson(project.budget.amount),
      usedMinutes: use.usedMinutes,
      remainingMinutes: use.remainingMinutes,
    },
  };
}

/** A funding source with the work read against it. */
function presentSource({ source, fundedMinutes, usedMinutes }: SourceUse) {
  const use = { fundedMinutes, usedMinutes };
  switch (source.kind) {
    case 'idle_hours':
      return { kind: source.kind, on: source.on, expiresOn: source.expiresOn, ...use };
    case 'temporary_growth':
      return {
        kind: source.kind,
        on: source.on,
        from: source.from,
        months: source.months,
        minutesPerMonth: source.minutesPerMonth,
        pricePerMonth: toMoneyJson(source.pricePerMonth),
        ...use,
      };
    case 'prepaid_hours':
      return { kind: source.kind, on: source.on, price: toMoneyJson(source.price), ...use };
  }
}

/** A project's page: roadmap plan vs actual, milestones, team and RACI, backlog, budget. */
export function presentProject(view: ProjectView): z.input<typeof projectView> {
  const { record } = view;
  return {
    ...presentSummary(record, view.budget),
    today: view.today,
    team: {
      ...record.project.team,
      members: record.project.team.members.map((member) => ({
        ...member,
        roles: [...member.roles],
      })),
    },
    phases: view.phases.map(({ phase, actual, state, startDelay, endDelay, late }) => ({
      ...phase,
      expectedResults: [...phase.expectedResults],
      actualStart: actual.start,
      actualEnd: actual.end,
      state,
      startDelay,
      endDelay,
      late,
    })),
    milestones: view.milestones.map(({ milestone, delay, late }) => ({
      ...milestone,
      delay,
      late,
    })),
    raci: {
      items: record.raci.map((item) => ({ ...item, assignments: [...item.assignments] })),
      members: view.raci.members.map(({ id, name, side }) => ({ id, name, side })),
      rows: view.raci.rows.map((row) => ({ ...row, cells: [...row.cells] })),
    },
    backlog: view.backlog.map(({ position, suggestedPosition, story, blockedBy }) => ({
      position,
      suggestedPosition,
      story: { ...story, dependsOn: [...story.dependsOn] },
      blockedBy: [...blockedBy],
    })),
    suggestedOrder: [...view.suggestedOrder],
    funding: { ...view.funding, sources: view.funding.sources.map(presentSource) },
  };
}
