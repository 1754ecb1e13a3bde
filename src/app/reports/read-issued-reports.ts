import type { Principal } from '../../domain/identity/policy.js';
import { contractInReach } from '../contracts/index.js';
import { authorise, inReach } from '../shared/index.js';
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

/** One issued report with its frozen model; out of reach reads exactly like missing. */
export async function readIssuedReport(
  options: Pick<ReportsDeps, 'issuedReports'> & { actor: Principal; reportId: string },
): Promise<IssuedReportRecord> {
  authorise(options.actor, 'reports.read');
  const found = await options.issuedReports.find(options.reportId);
  return inReach(
    options.actor,
    'reports.read',
    found,
    (report) => ({ organisationId: report.clientId }),
    'report',
  );
}
