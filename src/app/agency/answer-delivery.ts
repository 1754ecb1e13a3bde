import {
  answerDelivery as answer,
  type ChangeRequest,
  type ClientAnswer,
  type Deliverable,
  type ExtraRoundAgreement,
  expectDecisionMaker,
  shiftForClientDelay,
} from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { type Origin, recordEvent } from '../shared/index.js';
import { actingPerson, decisionMakerOf } from './account.js';
import { changeDeliverable } from './deliverable-change.js';
import { deliveryAnswered } from './events.js';
import type { AgencyDeps } from './ports.js';

/** The client's answer as a door receives it: approve, or a round of changes. */
export type DeliveryAnswer =
  | { readonly kind: 'approved' }
  | {
      readonly kind: 'changes';
      readonly redo: boolean;
      readonly items: ChangeRequest['items'];
      /** Required for a round beyond the two included (§3.3). */
      readonly agreement?: ExtraRoundAgreement;
      /** The agency's new deadline for the corrections, epoch ms. */
      readonly correctionDue?: number;
    };

/**
 * The client's decision-maker approves a delivery or asks for changes (§3.3), through the
 * portal or by mail (the official channel). A second round may only follow up the first's
 * items (new ones are flagged); a third needs both sides' agreement. An answer later than 16
 * business hours after delivery is the client's missed time and moves every deliverable
 * downstream of this one by the business time of the delay, each move recorded with its cause.
 */
export function answerDelivery(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    deliverableId: string;
    channel: ClientAnswer['channel'];
    answer: DeliveryAnswer;
    /** Who answered, when the door is not a signed-in user (mail). */
    by?: string;
  },
): Promise<Deliverable> {
  return changeDeliverable(
    options,
    'agency.answer',
    ({ deliverable, all, account, contract, now }) => {
      const by = actingPerson(options.actor, options.by);
      expectDecisionMaker(decisionMakerOf(account), by);
      const common = { at: now, by, channel: options.channel };
      const given = options.answer;
      const step = answer(
        contract.calendar,
        deliverable,
        given.kind === 'approved'
          ? { kind: 'approved', ...common }
          : {
              kind: 'changes',
              ...common,
              changes: {
                requestedBy: by,
                at: now,
                redo: given.redo,
                items: given.items,
                ...(given.agreement ? { agreement: given.agreement } : {}),
              },
              ...(given.correctionDue === undefined ? {} : { correctionDue: given.correctionDue }),
            },
      );
      const updated = all.map((d) => (d.id === deliverable.id ? step.deliverable : d));
      const changed =
        step.delay === null ? updated : shiftForClientDelay(contract.calendar, updated, step.delay);
      return { changed, facts: step.facts };
    },
    (tx, answered, now) =>
      recordEvent(tx, options.ids, new Date(now), deliveryAnswered, {
        contractId: options.contractId,
        deliverableId: answered.id,
        delivery: answered.deliveries.length,
      }),
  );
}
