import { DomainError } from '../../domain/errors.js';
import { checkAppend, type LedgerEntry } from '../../domain/hour-bank/index.js';
import { projectWorkEntry } from '../../domain/projects/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import { authorOf, type Origin, rebasePath, recordChange } from '../shared/index.js';
import type { ProjectsDeps } from './ports.js';
import { type ProjectRequest, projectContract, projectOfContract } from './project-access.js';

/**
 * Staff log time on a project: it goes through the contract's hour-bank ledger as project work
 * (drawing on the oldest hours first, so those about to expire go first), needs no approval (the
 * client approved the quote), may not fall in a closed period, and may not run past the budget.
 */
export async function logProjectWork(
  options: ProjectsDeps &
    ProjectRequest & { origin: Origin; projectId: string; on: LocalDate; minutes: number },
): Promise<LedgerEntry> {
  const { context } = await projectContract({ ...options, action: 'projects.work' });
  if (options.on > context.today) {
    throw new DomainError('invalid_input', `must not be after today (${context.today})`, 'on');
  }
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const record = await tx.contracts.lock(options.contractId);
    if (!record) throw new DomainError('not_found', 'no such contract');
    const project = projectOfContract(
      await tx.projects.lock(options.projectId),
      options.contractId,
    );
    const entries = await tx.ledger.entries(options.contractId, ['consume', 'reversal', 'overage']);
    const entry = projectWorkEntry(project.project, entries, options);
    rebasePath(() => checkAppend(record.contract, entries, entry), 'entry.', '');
    const [appended] = await tx.ledger.append(
      options.contractId,
      [entry],
      authorOf(options.actor),
      at,
    );
    if (!appended) throw new Error('the ledger did not return the appended entry');
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'projects',
      resourceId: `${options.projectId}/${appended.id}`,
    });
    return appended;
  });
}
