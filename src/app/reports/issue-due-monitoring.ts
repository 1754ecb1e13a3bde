import { monitoringWindowsDue } from '../../domain/reports/index.js';
import { contractContextOf } from '../contracts/index.js';
import { jobOrigin } from '../shared/index.js';
import { issueReport } from './issue-report.js';
import type { ReportsDeps } from './ports.js';

/** A monitoring report the schedule issued: its contract and window start. */
export interface IssuedMonitoring {
  contractId: string;
  windowStart: string;
}

/**
 * The biweekly monitoring (seed 002, "CADA 15 DÍAS, INFINITY ENVÍA UN REPORTE"): for every
 * contract whose plan includes monitoring, archives the report of each 15-day window that has
 * ended (looking back a few windows, so a server down for days misses none) and was not issued
 * by the schedule yet. Safe to run any number of times: a scheduled issue is made once per
 * window (issueReport). Mailing it reacts to `report.issued`.
 */
export async function issueDueMonitoring(options: ReportsDeps): Promise<IssuedMonitoring[]> {
  const issued: IssuedMonitoring[] = [];
  for (const record of await options.contracts.list()) {
    const { contract } = record;
    const context = await contractContextOf({ ...options, record });
    const archived = await options.issuedReports.list(contract.id);
    const scheduled = new Set(
      archived
        .filter((r) => r.kind === 'monitoring' && r.reason === 'scheduled')
        .map((r) => r.periodStart),
    );
    for (const window of monitoringWindowsDue(contract, context.today, scheduled)) {
      if (context.versionAt(window.lastDay).plan.monitoring === null) continue;
      const { created } = await issueReport({
        ...options,
        actor: { system: 'job' },
        origin: jobOrigin('issue-monitoring'),
        reason: 'scheduled',
        contractId: contract.id,
        kind: 'monitoring',
        date: window.start,
      });
      if (created) issued.push({ contractId: contract.id, windowStart: window.start });
    }
  }
  return issued;
}
