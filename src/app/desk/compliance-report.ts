import type { Period } from '../../domain/contracts/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { type Compliance, complianceFromCounts } from '../../domain/sla/index.js';
import { type Criticality, criticalities } from '../../domain/tickets/vocabulary.js';
import { startOfLocalDay } from '../../domain/time/index.js';
import { loadContractContext } from '../contracts/index.js';
import type { DeskDeps } from './ports.js';

/** Compliance of one criticality, with what the plan deems of a period under the minimum sample. */
export interface CriticalityCompliance extends Compliance {
  criticality: Criticality;
  /** Seed 002: "el SLA se cumple con menos de 10 tickets": a small sample counts as met. */
  deemedMet: boolean;
}

/**
 * First-response compliance of a contract's tickets opened in the period containing `date`
 * (today by default), per criticality, against the plan's threshold and minimum sample (seed
 * 002: 90 %, ≥ 10 tickets). Periods run from local midnight to local midnight in the contract's
 * zone. Reads the stored projections with one aggregate query, so it scales to millions of tickets.
 */
export async function complianceReport(
  options: Pick<DeskDeps, 'clock' | 'contracts' | 'calendars' | 'compliance'> & {
    actor: Principal;
    contractId: string;
    date?: string | undefined;
  },
): Promise<{ period: Period; rows: CriticalityCompliance[] }> {
  const context = await loadContractContext({ ...options, action: 'compliance.read' });
  const { contract } = context.record;
  const date = options.date ?? context.today;
  const period = context.reportedPeriod(date);
  const { compliance } = context.versionAt(period.lastDay).plan;
  if (compliance === null) return { period, rows: [] };
  const from = startOfLocalDay(period.start, context.timeZone);
  const to = startOfLocalDay(period.end, context.timeZone);
  const counts = await options.compliance.complianceCounts(contract.id, from, to);
  const rows = criticalities.map((criticality) => {
    const count = counts.find((c) => c.criticality === criticality) ?? { met: 0, total: 0 };
    const result = complianceFromCounts(
      count.met,
      count.total,
      compliance.thresholdPercent,
      compliance.minimumSample,
    );
    const deemedMet =
      result.verdict === 'not_enough_tickets' && compliance.belowSample === 'deemed_met';
    return { ...result, criticality, deemedMet };
  });
  return { period, rows };
}
