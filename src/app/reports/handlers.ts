/**
 * Scheduled issues: when a period of a contract closes, its statement and SLA compliance report
 * are archived (seed 002: the statement goes with the invoice; issue 14: "at each period close").
 * Idempotent: a scheduled issue is made once per report and period (issueReport), so a retried
 * event issues nothing twice. Mailing them reacts to `report.issued` in the mail module.
 */
import { periodOf, scheduleOf } from '../../domain/contracts/index.js';
import { periodClosed } from '../contracts/index.js';
import { onEvent } from '../outbox/index.js';
import { jobOrigin } from '../shared/index.js';
import { issueReport } from './issue-report.js';
import type { ReportsDeps } from './ports.js';

/** The reports issued at each period close. */
export const issuedAtClose = ['statement', 'compliance'] as const;

/** The handler of `contract.period_closed` that archives the closed period's reports. */
export function issueAtPeriodClose(deps: ReportsDeps) {
  return onEvent(periodClosed, 'reports.issue-at-close', async ({ contractId, periodKey }) => {
    const record = await deps.contracts.find(contractId);
    if (!record) return;
    const period = periodOf(scheduleOf(record.contract), periodKey);
    for (const kind of issuedAtClose) {
      await issueReport({
        ...deps,
        actor: { system: 'job' },
        origin: jobOrigin('issue-reports'),
        reason: 'scheduled',
        contractId,
        kind,
        date: period.start,
      });
    }
  });
}
