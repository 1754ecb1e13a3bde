/** The words shared by an approval's mail and its link's page: how long, and what is to be decided. */
import type { ApprovalSummary } from '../domain/mail/approval-request.js';
import { localDateText } from './local-date.js';
import { moneyText } from './money.js';
import { type Locale, translate } from './translate.js';

/** Minutes as `2 h 30 min`. */
export function approvalDuration(language: Locale, minutes: number): string {
  return translate(language, 'mail.approval.duration', {
    hours: Math.floor(minutes / 60),
    minutes: minutes % 60,
  });
}

/**
 * One sentence saying what is to be decided: the work, quote or deliverable, and its contract; a
 * quote's total in the language's marks at its currency's exact decimals ("UF 25,8667"), dates
 * written out in the language ("31 de marzo de 2026").
 */
export function approvalSummaryText(language: Locale, summary: ApprovalSummary): string {
  switch (summary.kind) {
    case 'consumption':
      return translate(language, 'mail.approval.consumption', {
        duration: approvalDuration(language, summary.minutes),
        ticket: summary.ticketRef,
        date: localDateText(language, summary.on),
        contract: summary.contract,
      });
    case 'quote':
      return translate(language, 'mail.approval.quote', {
        ...summary,
        total: moneyText(summary.total, language),
        validUntil: localDateText(language, summary.validUntil),
      });
    case 'deliverable':
      return translate(language, 'mail.approval.deliverable', { ...summary });
  }
}

/** The subject line of an approval request. */
export function approvalSubjectLine(language: Locale, summary: ApprovalSummary): string {
  switch (summary.kind) {
    case 'consumption':
      return translate(language, 'mail.approval.request.subject', {
        duration: approvalDuration(language, summary.minutes),
        ticket: summary.ticketRef,
      });
    case 'quote':
      return translate(language, 'mail.approval.request.subject.quote', { ...summary });
    case 'deliverable':
      return translate(language, 'mail.approval.request.subject.deliverable', { ...summary });
  }
}
