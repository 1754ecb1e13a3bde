import type { Deliverable, ImpasseFact } from '../../domain/agency/index.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { type AccountChange, changeAccount } from './account.js';
import { findRecord } from './find-record.js';
import type { AgencyDeps, AgencyTx } from './ports.js';

/** What a step on one deliverable returns: every deliverable it changed, and the facts it found. */
export interface DeliverableStep {
  readonly changed: readonly Deliverable[];
  readonly facts: readonly ImpasseFact[];
}

/** What a step sees: the change, the deliverable and all of the contract's deliverables. */
export interface DeliverableContext extends AccountChange {
  readonly deliverable: Deliverable;
  readonly all: readonly Deliverable[];
}

/**
 * Runs a step on one deliverable of an account: finds it, applies `step`, saves what changed
 * and records the facts it established (recorded by the rules: no person), audited; then
 * `afterSave`, in the same transaction.
 */
export async function changeDeliverable(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    deliverableId: string;
  },
  action: Action,
  step: (context: DeliverableContext) => DeliverableStep,
  /** Runs in the same transaction after the save (the events the change raises). */
  afterSave?: (tx: AgencyTx, deliverable: Deliverable, now: number) => Promise<unknown>,
): Promise<Deliverable> {
  return changeAccount(options, action, async (change) => {
    const all = await change.tx.agency.deliverables(options.contractId);
    const deliverable = findRecord(all, options.deliverableId, 'deliverable');
    const { changed, facts } = step({ ...change, deliverable, all });
    await change.tx.agency.saveDeliverables(options.contractId, changed);
    await change.tx.agency.addFacts(
      options.contractId,
      facts.map((fact) => ({ id: options.ids.newId(), fact, recordedBy: null })),
    );
    const result = findRecord(changed, options.deliverableId, 'deliverable');
    await afterSave?.(change.tx, result, change.now);
    return { result, resourceType: 'agency_deliverables', resourceId: result.id };
  });
}
