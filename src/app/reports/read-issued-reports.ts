import type { Principal } from '../../domain/identity/policy.js';
import type { LocalDate } from '../../domain/time/index.js';
import { contractInReach } from '../contracts/index.js';
import { authorise, inReach } from '../shared/index.js';
import type { ReportModel } from './gather-report.js';
import type { IssuedReportRecord, IssuedReportSummary, ReportsDeps } from './ports.js';

/** The archive of a contract's issued reports, newest first (within the actor's reach). */
export async function listIssuedReports(
  options: Pick<ReportsDeps, 'contracts' | 'issuedReports'> & {
    actor: Principal;
    contractId: string;
  },
): Promise<IssuedReportSummary[]> {
  const record = await contractInReach({ ...options, action: 'reports.read' });
  return options.issuedReports.list(record.contract.id);
}

/** An issued report, its frozen model tagged with its kind, and the issue it replaced. */
export interface IssuedReport {
  issued: IssuedReportRecord;
  model: ReportModel;
  replaces: { version: number; issuedOn: LocalDate } | null;
}

/** One issued report with its frozen model; out of reach reads exactly like missing. */
export async function readIssuedReport(
  options: Pick<ReportsDeps, 'issuedReports'> & { actor: Principal; reportId: string },
): Promise<IssuedReport> {
  authorise(options.actor, 'reports.read');
  const found = await options.issuedReports.find(options.reportId);
  const issued = inReach(
    options.actor,
    'reports.read',
    found,
    (report) => ({ organisationId: report.clientId }),
    'report',
  );
  const replaced = issued.replacesId ? await options.issuedReports.find(issued.replacesId) : null;
  return {
    issued,
    // The archive holds what issueReport stored for that kind: the model it computed.
    model: { kind: issued.kind, report: issued.model } as ReportModel,
    replaces: replaced ? { version: replaced.version, issuedOn: replaced.issuedOn } : null,
  };
}
