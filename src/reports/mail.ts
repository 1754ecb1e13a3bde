/**
 * An issued report by mail: the message in the reader's language, and the report's PDF rendered
 * from the archived snapshot (what was issued, never recomputed).
 */
import type { AttachmentFile, DocumentRef, ReportNotice } from '../app/mail/index.js';
import { type ReportsDeps, readIssuedReport } from '../app/reports/index.js';
import { type Locale, type MailBody, mailBody, translate } from '../i18n/index.js';
import { renderPdf } from './pdf.js';
import { reportDocument, reportFileStem } from './report-document.js';
import { periodText } from './words.js';

/** The mail of an issued report, in `locale`. */
export function renderReportMail(notice: ReportNotice, locale: Locale): MailBody {
  const values = {
    report: translate(locale, `reports.web.kind.${notice.kind}`),
    contract: notice.contractName,
    client: notice.clientName,
    period: periodText(locale, { start: notice.periodStart, lastDay: notice.periodLastDay }),
  };
  return mailBody(translate(locale, 'mail.report.subject', values), [
    translate(locale, 'mail.report.greeting', { name: notice.name }),
    translate(locale, 'mail.report.body', values),
    notice.version > 1 ? translate(locale, 'mail.report.reissue', { version: notice.version }) : '',
    translate(locale, 'mail.report.footer'),
  ]);
}

/** Renders the documents queued mail refers to: an issued report's PDF in the mail's language. */
export function reportAttachments(deps: Pick<ReportsDeps, 'issuedReports'>) {
  return async (ref: DocumentRef, locale: Locale): Promise<AttachmentFile> => {
    const { issued, model, replaces } = await readIssuedReport({
      ...deps,
      actor: { system: 'job' },
      reportId: ref.reportId,
    });
    const doc = reportDocument(model, locale, {
      ...issued,
      edition: { version: issued.version, replaces },
    });
    return {
      filename: `${reportFileStem(issued.kind, issued.periodStart, issued.version)}.pdf`,
      contentType: 'application/pdf',
      content: await renderPdf(doc, issued.issuedAt),
    };
  };
}
