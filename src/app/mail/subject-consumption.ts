/** Consumption awaiting approval, decided by mail: an approval entry in the contract's ledger. */
import { appendToLedger } from '../hour-bank/index.js';
import { type ApprovalSubject, contractName } from './approval-subjects.js';

/** Work logged beyond what the contract lets pass unasked, awaiting the decision-maker. */
export const consumptionSubject: ApprovalSubject = {
  async summary(options, request) {
    const contract = await contractName(options, request);
    if (contract === null || request.contractId === null) return null;
    const entries = await options.desk.hourBank.ledger.entries(request.contractId, ['consume']);
    const consume = entries.find((entry) => entry.id === request.subjectId);
    if (consume?.type !== 'consume') return null;
    const { ticketId, minutes, on } = consume;
    return { kind: 'consumption', contract, ticketRef: ticketId, minutes, on };
  },
  async decide(options, input, transact) {
    const { request, choice } = input;
    await appendToLedger({
      ...options.desk.hourBank,
      transact,
      actor: input.actor,
      origin: input.origin,
      contractId: request.contractId ?? '',
      entry: {
        type: 'approval',
        consumeId: request.subjectId,
        decision: choice.decision,
        ...(choice.reason === null ? {} : { reason: choice.reason }),
      },
    });
  },
};
