import {
  checkDependencies,
  type Deliverable,
  planDeliverable as plan,
} from '../../domain/agency/index.js';
import { invalidInput } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { changeAccount } from './account.js';
import type { AgencyDeps } from './ports.js';

/** A deliverable as the agency plans it. */
export type DeliverablePlan = Omit<Parameters<typeof plan>[0], 'id'>;

/**
 * Plans a deliverable in a sprint (§3.2) with an owner on the agency's side, a due instant, the
 * deliverables it depends on (a graph: unknown ones and cycles are refused) and the required
 * inputs without which it is suspended.
 */
export async function planDeliverable(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    deliverable: DeliverablePlan;
  },
): Promise<Deliverable> {
  return changeAccount(options, 'agency.work', async ({ tx, account }) => {
    const input = options.deliverable;
    const owner = account.people.find((person) => person.personId === input.ownerId);
    if (owner?.side !== 'agency') {
      throw invalidInput('ownerId', "not a person of the agency's side of the account");
    }
    const required = new Set(account.checklist.map((line) => line.key));
    const unknownInput = (input.needsInputs ?? []).findIndex((key) => !required.has(key));
    if (unknownInput >= 0) {
      throw invalidInput(`needsInputs[${unknownInput}]`, 'not a required input of this contract');
    }
    const deliverable = plan({ ...input, id: options.ids.newId() });
    const others = await tx.agency.deliverables(options.contractId);
    checkDependencies([...others, deliverable]);
    await tx.agency.saveDeliverables(options.contractId, [deliverable]);
    return { result: deliverable, resourceType: 'agency_deliverables', resourceId: deliverable.id };
  });
}
