/**
 * What every project use-case does first: read the contract the actor may act on, with today in
 * its zone and its business days (the roadmap is planned on them); and, for a change, lock the
 * project in a transaction, let the domain build its next state, save and audit it.
 */
import { compileCalendar } from '../../domain/calendar/calendar.js';
import { DomainError } from '../../domain/errors.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import { type BusinessDays, businessDaysOf } from '../../domain/projects/index.js';
import { findCalendarByRef } from '../calendars/index.js';
import { type ContractContext, loadContractContext } from '../contracts/index.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { ProjectRecord, ProjectsDeps, ProjectsTx } from './ports.js';

/** Who asks, about which contract. */
export interface ProjectRequest {
  readonly actor: Principal;
  readonly contractId: string;
}

/** A contract as the project rules read it: its context and its business days. */
export interface ProjectContract {
  readonly context: ContractContext;
  readonly days: BusinessDays;
}

/** The contract in the actor's reach for `action`, with the business days of its plan's calendar. */
export async function projectContract(
  options: Pick<ProjectsDeps, 'contracts' | 'calendars' | 'clock'> &
    ProjectRequest & { action: Action },
): Promise<ProjectContract> {
  const context = await loadContractContext(options);
  const stored = await findCalendarByRef(
    options.calendars,
    context.record.contract.plan.calendarId,
  );
  if (stored === undefined) {
    throw new DomainError('conflict', "the contract's plan names no stored business calendar");
  }
  return { context, days: businessDaysOf(compileCalendar(stored.spec), stored.spec.timeZone) };
}

/** The project when it belongs to the contract; not_found otherwise. */
export function projectOfContract(
  record: ProjectRecord | undefined,
  contractId: string,
): ProjectRecord {
  if (record === undefined || record.project.contractId !== contractId) {
    throw new DomainError('not_found', 'no such project');
  }
  return record;
}

/** What a change to a project sees inside its transaction. */
export interface ProjectChange {
  readonly tx: ProjectsTx;
  readonly record: ProjectRecord;
  readonly contract: ProjectContract;
  readonly at: Date;
}

/**
 * Runs a change to a project: checks the contract and the action, locks the project, lets `step`
 * build its next record, saves it and audits the change.
 */
export async function changeProject(
  options: ProjectsDeps & ProjectRequest & { origin: Origin; projectId: string },
  action: Action,
  step: (change: ProjectChange) => Promise<ProjectRecord> | ProjectRecord,
): Promise<ProjectRecord> {
  const contract = await projectContract({ ...options, action });
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const record = projectOfContract(await tx.projects.lock(options.projectId), options.contractId);
    const next = await step({ tx, record, contract, at });
    await tx.projects.save(next, at);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'projects',
      resourceId: next.project.id,
    });
    return next;
  });
}
