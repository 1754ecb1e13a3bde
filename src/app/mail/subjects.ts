/** Every subject kind decided by mail, each with its own decider. */
import type { ApprovalSubjects } from './approval-subjects.js';
import { consumptionSubject } from './subject-consumption.js';
import { deliverableSubject } from './subject-deliverable.js';
import { quoteSubject } from './subject-quote.js';

/** The deciders of approvals by mail, by subject kind. */
export const approvalSubjects: ApprovalSubjects = {
  consumption: consumptionSubject,
  quote: quoteSubject,
  deliverable: deliverableSubject,
};
