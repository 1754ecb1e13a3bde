import {
  type Deliverable,
  missingInputs,
  startDeliverable as start,
} from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { changeDeliverable } from './deliverable-change.js';
import type { AgencyDeps } from './ports.js';

/**
 * Starts work on a deliverable (§3.3: not while one it depends on is not approved; §4: not while
 * an input it needs is missing).
 */
export function startDeliverable(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    deliverableId: string;
  },
): Promise<Deliverable> {
  return changeDeliverable(options, 'agency.work', ({ deliverable, all, account }) => ({
    changed: [start(deliverable, all, missingInputs(account.checklist))],
    facts: [],
  }));
}
