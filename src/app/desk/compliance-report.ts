import type { Period } from '../../domain/contracts/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { type JudgedCompliance, judgeCompliance } from '../../domain/sla/index.js';
import { type Criticality, criticalities } from '../../domain/tickets/vocabulary.js';
import { startOfLocalDay } from '../../domain/time/index.js';
import { loadContractContext } from '../contracts/index.js';
import type { DeskDeps } from './ports.js';

/** Compliance of one criticality, with what the plan deems of a period under the minimum sample. */
export interface CriticalityCompliance extends JudgedCompliance {
  criticality: Criticality;
}

/** A contract's compliance in one period: the month's verdict and the breakdown behind it. */
export interface ComplianceOfPeriod {
  period: Period;
  /** Over all the period's tickets together: the verdict seed 002 gives the month (null: no terms). */
  overall: JudgedCompliance | null;
  rows: CriticalityCompliance[];
}

/**
 * First-response compliance of a contract's tickets opened in the period containing `date`
 * (today by default): one verdict over all of them (seed 002 judges the month: 90 %, ≥ 10
 * tickets) beside the breakdown per criticality, against the plan's threshold and minimum sample. Periods run from local midnight to local midnight in the contract's
 * zone. Reads the stored projections with one aggregate query, so it scales to millions of tickets.
 */
export async function complianceReport(
  options: Pick<DeskDeps, 'clock' | 'contracts' | 'calendars' | 'compliance'> & {
    actor: Principal;
    contractId: string;
    date?: string | undefined;
  },
): Promise<ComplianceOfPeriod> {
  const context = await loadContractContext({ ...options, action: 'compliance.read' });
  const { contract } = context.record;
  const date = options.date ?? context.today;
  const period = context.reportedPeriod(date);
  const terms = context.versionAt(period.lastDay).plan.compliance;
  if (terms === null) return { period, overall: null, rows: [] };
  const from = startOfLocalDay(period.start, context.timeZone);
  const to = startOfLocalDay(period.end, context.timeZone);
  const now = options.clock.now();
  const counts = await options.compliance.complianceCounts(contract.id, from, to, now);
  const judge = (met: number, total: number) => judgeCompliance(terms, met, total);
  const rows = criticalities.map((criticality) => {
    const count = counts.find((c) => c.criticality === criticality) ?? { met: 0, total: 0 };
    return { ...judge(count.met, count.total), criticality };
  });
  const met = rows.reduce((sum, row) => sum + row.met, 0);
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return { period, overall: judge(met, total), rows };
}
