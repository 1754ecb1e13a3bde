/** An agency deliverable's delivery, decided by mail through the agency's answer use-case. */
import { answerDelivery } from '../agency/index.js';
import {
  ApprovalRefused,
  type ApprovalSubject,
  contractName,
  splitSubjectId,
} from './approval-subjects.js';

/**
 * One delivery of a deliverable (subject `<deliverable id>:<delivery>`): APPROVED approves it,
 * REJECTED asks for changes, the reason after the word becoming the round's change request (a
 * rejection without one is refused: there is nothing to change). Only the latest delivery, still
 * unanswered, takes a decision.
 */
export const deliverableSubject: ApprovalSubject = {
  async summary(options, request) {
    const { id, n } = splitSubjectId(request.subjectId);
    const contract = await contractName(options, request);
    const all = await options.agency.agency.deliverables(request.contractId ?? '');
    const deliverable = all.find((d) => d.id === id);
    if (contract === null || deliverable === undefined) return null;
    return { kind: 'deliverable', contract, title: deliverable.title, delivery: n };
  },
  async decide(options, input, transact) {
    const { request, choice } = input;
    const { id, n } = splitSubjectId(request.subjectId);
    const all = await options.agency.agency.deliverables(request.contractId ?? '');
    const deliveries = all.find((d) => d.id === id)?.deliveries ?? [];
    if (deliveries.length !== n || deliveries[n - 1]?.answer !== null) {
      throw new ApprovalRefused('approval_closed');
    }
    if (choice.decision === 'rejected' && choice.reason === null) {
      throw new ApprovalRefused('approval_reason_required');
    }
    await answerDelivery({
      ...options.agency,
      transact,
      actor: input.actor,
      origin: input.origin,
      contractId: request.contractId ?? '',
      deliverableId: id,
      channel: 'email',
      by: request.approverId,
      answer:
        choice.reason === null || choice.decision === 'approved'
          ? { kind: 'approved' }
          : {
              kind: 'changes',
              redo: false,
              items: [{ id: options.ids.newId(), text: choice.reason }],
            },
    });
  },
};
