/**
 * Scheduled reports by mail (issue 14, "Delivery"): when the schedule archives a report (the
 * statement and compliance report at a period close, the biweekly monitoring report), it is
 * mailed to the client's decision-makers and the account managers, each in their language, with
 * the report's PDF attached. A report a person issues by hand is archived, not mailed.
 */
import { reportRecipients } from '../../domain/reports/index.js';
import { type EventHandler, onEvent } from '../outbox/index.js';
import { reportIssued } from '../reports/index.js';
import type { MailDeps } from './ports.js';

/** The handler's name: with the event and the recipient, what keeps each mail to one copy. */
const handler = 'mail.report-issued';

/** The handler of `report.issued` that queues the scheduled report's mail to its readers. */
export function mailIssuedReport(options: MailDeps): EventHandler {
  return onEvent(reportIssued, handler, async (payload, event) => {
    if (payload.reason !== 'scheduled') return;
    const issued = await options.issuedReports.find(payload.reportId);
    if (!issued) throw new Error(`the issued report ${payload.reportId} is missing`);
    const readers = reportRecipients(await options.users.list(), issued.clientId);
    const now = options.clock.now();
    await options.transact(async (tx) => {
      for (const reader of readers) {
        const rendered = options.renderReportMail({ ...issued, name: reader.name }, reader.locale);
        await tx.outgoingMail.enqueue({
          id: options.ids.newId(),
          dedupeKey: `${handler}:${event.id}:${reader.id}`,
          messageId: `${options.ids.newId()}@${options.settings.messageIdDomain}`,
          ticketId: null,
          ticket: null,
          toAddress: reader.email,
          toName: reader.name,
          language: reader.locale,
          ...rendered,
          automatic: true,
          inReplyTo: null,
          replyTo: null,
          attachments: [{ kind: 'issued_report', reportId: issued.id }],
          createdAt: now,
          sendAfter: now,
        });
      }
    });
  });
}
