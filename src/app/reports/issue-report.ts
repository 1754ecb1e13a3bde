import { type IssueReason, nextEdition } from '../../domain/reports/index.js';
import { authorOf, type Origin, recordChange, recordEvent } from '../shared/index.js';
import { reportIssued } from './events.js';
import { reportSpan } from './gather-report.js';
import type { IssuedReportRecord, ReportsDeps } from './ports.js';
import { type ReportRequest, readReport } from './read-report.js';

/**
 * Archives a report as issued: computes it now and stores the model as an immutable snapshot,
 * so what was sent stays what it was even if the ledger is adjusted later. Issuing again makes a
 * new version that names the one it replaces. A scheduled issue is made once per report and
 * period (a job or an event handler run twice issues nothing twice); a person may re-issue.
 * Records `report.issued` for the mail module to send.
 */
export async function issueReport(
  options: ReportRequest &
    Pick<ReportsDeps, 'ids' | 'transact'> & { origin: Origin; reason: IssueReason },
): Promise<{ issued: IssuedReportRecord; created: boolean }> {
  const { model, names, clientId } = await readReport({ ...options, action: 'reports.issue' });
  const period = reportSpan(model);
  return options.transact(async (tx) => {
    await tx.contracts.lock(options.contractId);
    const versions = await tx.issuedReports.versions(options.contractId, model.kind, period.start);
    const scheduled = versions.find((issue) => issue.reason === 'scheduled');
    if (options.reason === 'scheduled' && scheduled) {
      const existing = await tx.issuedReports.find(scheduled.id);
      if (existing) return { issued: existing, created: false };
    }
    const edition = nextEdition(versions);
    const at = options.clock.now();
    const issued: IssuedReportRecord = {
      id: options.ids.newId(),
      contractId: options.contractId,
      clientId,
      kind: model.kind,
      periodStart: period.start,
      periodLastDay: period.lastDay,
      version: edition.version,
      replacesId: edition.replaces?.id ?? null,
      reason: options.reason,
      issuedOn: names.issuedOn,
      issuedAt: at,
      issuedBy: authorOf(options.actor),
      model: model.report,
      contractName: names.contractName,
      clientName: names.clientName,
      timeZone: names.timeZone,
    };
    await tx.issuedReports.add(issued);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'issued_reports',
      resourceId: issued.id,
    });
    await recordEvent(tx, options.ids, at, reportIssued, {
      reportId: issued.id,
      contractId: issued.contractId,
      kind: issued.kind,
      periodStart: issued.periodStart,
      version: issued.version,
      reason: issued.reason,
    });
    return { issued, created: true };
  });
}
