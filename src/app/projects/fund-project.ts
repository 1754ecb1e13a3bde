import { type Contract, periodOf, scheduleOf } from '../../domain/contracts/index.js';
import { DomainError } from '../../domain/errors.js';
import { checkAmendmentPeriod, missingGrants } from '../../domain/hour-bank/index.js';
import {
  checkGrowthStart,
  type FundingSource,
  fundedMinutes,
  growContract,
  idleHours,
  idleReservedElsewhere,
  idleSource,
  ProjectsRuleError,
  planFunding,
  prepayHours,
} from '../../domain/projects/index.js';
import { type LocalDate, laterOf } from '../../domain/time/index.js';
import { contractAmended } from '../contracts/index.js';
import { authorOf, type Origin, rebasePath, recordChange, recordEvent } from '../shared/index.js';
import type { ProjectRecord, ProjectsDeps, ProjectsTx } from './ports.js';
import { type ProjectRequest, projectContract, projectOfContract } from './project-access.js';

/** How the part of the budget idle hours do not cover is to be funded. */
export type TopUpChoice =
  | { readonly kind: 'temporary_growth'; readonly from: LocalDate; readonly months: number }
  | { readonly kind: 'prepaid_hours' }
  | { readonly kind: 'none' };

/** What the account manager chooses in the planning meeting. */
export interface FundingChoice {
  /** Set aside the hours that would expire at this period's end (net of the forecast). */
  readonly useIdle: boolean;
  /** Ticket work the planning meeting expects for the rest of the period, in minutes. */
  readonly forecastMinutes: number;
  readonly topUp: TopUpChoice;
}

/** The contract with the top-up's amendments, and the source they fund. */
function applyTopUp(
  contract: Contract,
  topUp: Exclude<TopUpChoice, { kind: 'none' }>,
  /** Minutes a month of growth, or the prepaid minutes. */
  minutes: number,
  on: LocalDate,
  newId: () => string,
): { contract: Contract; source: FundingSource } {
  if (topUp.kind === 'prepaid_hours') {
    const id = newId();
    const grown = prepayHours(contract, { id, on, minutes });
    const amendment = grown.amendments.at(-1);
    const price = amendment?.kind === 'prepaid_hours' ? amendment.price : null;
    if (price === null) throw new Error('prepaid hours made no amendment');
    const source: FundingSource = {
      kind: 'prepaid_hours',
      on,
      minutes,
      price,
      amendmentId: id,
    };
    return { contract: grown, source };
  }
  const ids = { growth: newId(), raise: newId(), restore: newId() };
  const grown = growContract(contract, { ...topUp, ids, minutesPerMonth: minutes });
  const made = grown.amendments.slice(contract.amendments.length);
  const raise = made.find((a) => a.id === ids.raise);
  const price = raise?.kind === 'parameter_change' ? raise.changes.price : undefined;
  if (price === undefined) throw new Error('the growth raised no price');
  const source: FundingSource = {
    kind: 'temporary_growth',
    on,
    from: topUp.from,
    months: topUp.months,
    minutesPerMonth: minutes,
    pricePerMonth: price,
    amendmentIds: made.map((a) => a.id),
  };
  return { contract: grown, source };
}

/** Stores the amendments a top-up made, grants what falls in the period under way, records events. */
async function storeAmendments(
  tx: ProjectsTx,
  options: Pick<ProjectsDeps, 'ids'> & { actor: ProjectRequest['actor'] },
  before: Contract,
  after: Contract,
  today: LocalDate,
  at: Date,
): Promise<void> {
  const by = authorOf(options.actor);
  const entries = await tx.ledger.entries(after.id);
  for (const amendment of after.amendments.slice(before.amendments.length)) {
    rebasePath(() => checkAmendmentPeriod(after, entries, amendment), 'from', 'topUp.from');
    await tx.contracts.addAmendment(after.id, amendment, by, at);
    await recordEvent(tx, options.ids, at, contractAmended, {
      contractId: after.id,
      amendmentId: amendment.id,
      kind: amendment.kind,
    });
  }
  const current = periodOf(scheduleOf(after), laterOf(today, after.start));
  await tx.ledger.append(after.id, missingGrants(after, entries, current), by, at);
}

/**
 * The account manager funds what is left of a project's budget (seed 002 §4): first the hours
 * that would expire at this period's end — less the ticket work forecast, approvals pending and
 * what other projects set aside — then, for the rest, a temporary growth of one or two months
 * (starting in a month not yet billed) or prepaid hours at the plan's rate, in whole hours. The
 * growth and prepaid hours are contract amendments, made in the same transaction.
 */
export async function fundProject(
  options: ProjectsDeps &
    ProjectRequest & { origin: Origin; projectId: string; choice: FundingChoice },
): Promise<ProjectRecord> {
  const { context } = await projectContract({ ...options, action: 'projects.manage' });
  const { today } = context;
  const { choice } = options;
  if (choice.topUp.kind === 'temporary_growth')
    checkGrowthStart(context.record.contract, choice.topUp.from, today, 'topUp.from');
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const locked = await tx.contracts.lock(options.contractId);
    if (!locked) throw new DomainError('not_found', 'no such contract');
    const record = projectOfContract(await tx.projects.lock(options.projectId), options.contractId);
    const { project } = record;
    const rest = project.budget.minutes - fundedMinutes(record.funding);
    if (rest <= 0) {
      throw new ProjectsRuleError('already_funded', {}, 'the whole budget is funded', 'choice');
    }
    const entries = await tx.ledger.entries(options.contractId);
    const others = (await tx.projects.listByContract(options.contractId))
      .filter((other) => other.project.id !== project.id)
      .map((other) => ({ id: other.project.id, funding: other.funding }));
    const idle = idleHours(locked.contract, entries, today, choice.forecastMinutes);
    const reserved = idleReservedElsewhere(others, entries, idle.expiresOn);
    const available = choice.useIdle ? Math.max(0, idle.idleMinutes - reserved) : 0;
    const plan = planFunding(
      locked.contract,
      rest,
      { ...idle, idleMinutes: available },
      choice.topUp,
    );
    const added: FundingSource[] = idleSource(plan, today, idle.expiresOn);
    let contract = locked.contract;
    if (plan.topUp !== null && choice.topUp.kind !== 'none') {
      const minutes =
        plan.topUp.kind === 'temporary_growth' ? plan.topUp.minutesPerMonth : plan.topUp.minutes;
      const topped = applyTopUp(contract, choice.topUp, minutes, today, () => options.ids.newId());
      contract = topped.contract;
      added.push(topped.source);
      await storeAmendments(tx, options, locked.contract, contract, today, at);
      await recordChange(tx, {
        ...options,
        at,
        resourceType: 'contracts',
        resourceId: contract.id,
      });
    }
    if (added.length === 0) {
      throw new ProjectsRuleError('nothing_funded', {}, 'nothing was funded', 'choice.useIdle');
    }
    const next = { ...record, funding: [...record.funding, ...added] };
    await tx.projects.save(next, at);
    await recordChange(tx, { ...options, at, resourceType: 'projects', resourceId: project.id });
    return next;
  });
}
