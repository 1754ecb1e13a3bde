/** The words shared by an approval's mail and its link's page: how long, and what is to be decided. */
import { type Locale, translate } from './translate.js';

/** Minutes as `2 h 30 min`. */
export function approvalDuration(language: Locale, minutes: number): string {
  return translate(language, 'mail.approval.duration', {
    hours: Math.floor(minutes / 60),
    minutes: minutes % 60,
  });
}

/** One sentence saying what is to be decided: the work, its ticket, date and contract. */
export function approvalSummaryText(
  language: Locale,
  summary: { minutes: number; ticketRef: string; on: string; contract: string },
): string {
  return translate(language, 'mail.approval.consumption', {
    duration: approvalDuration(language, summary.minutes),
    ticket: summary.ticketRef,
    date: summary.on,
    contract: summary.contract,
  });
}
