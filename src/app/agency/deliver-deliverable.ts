import { type Deliverable, deliver } from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { type Origin, recordEvent } from '../shared/index.js';
import { changeDeliverable } from './deliverable-change.js';
import { deliverableDelivered } from './events.js';
import type { AgencyDeps } from './ports.js';

/**
 * The agency delivers (or re-delivers after changes) now: the client's 16-business-hour answer
 * clock starts (the decision-maker is asked by mail); a delivery past the due instant is
 * recorded as the agency's missed time.
 */
export function deliverDeliverable(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    deliverableId: string;
  },
): Promise<Deliverable> {
  return changeDeliverable(
    options,
    'agency.work',
    ({ deliverable, contract, now }) => {
      const step = deliver(contract.calendar, deliverable, now);
      return { changed: [step.deliverable], facts: step.facts };
    },
    (tx, delivered, now) =>
      recordEvent(tx, options.ids, new Date(now), deliverableDelivered, {
        contractId: options.contractId,
        deliverableId: delivered.id,
        title: delivered.title,
        delivery: delivered.deliveries.length,
      }),
  );
}
