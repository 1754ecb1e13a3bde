/** A quote version, decided by mail through the quotes module's decide use-case. */
import { quoteTotals } from '../../domain/quotes/index.js';
import { decideQuote } from '../quotes/index.js';
import { type ApprovalSubject, contractName, splitSubjectId } from './approval-subjects.js';

/**
 * The version of a quote its decision-maker was sent (subject `<quote id>:<version>`): a reply
 * to a superseded version is refused by the quote's own rule and changes nothing.
 */
export const quoteSubject: ApprovalSubject = {
  async summary(options, request) {
    const { id, n } = splitSubjectId(request.subjectId);
    const contract = await contractName(options, request);
    const quote = await options.quotes.quotes.find(id);
    const version = quote?.versions.find((v) => v.number === n);
    if (contract === null || quote === undefined || version === undefined) return null;
    const { content } = version;
    return {
      kind: 'quote',
      contract,
      title: content.title,
      version: n,
      total: quoteTotals(content, quote.currency).amount,
      validUntil: content.validUntil,
    };
  },
  async decide(options, input, transact) {
    const { id, n } = splitSubjectId(input.request.subjectId);
    await decideQuote({
      ...options.quotes,
      transact,
      actor: input.actor,
      origin: input.origin,
      contractId: input.request.contractId ?? '',
      quoteId: id,
      answer: { version: n, decision: input.choice.decision, reason: input.choice.reason },
    });
  },
};
