import {
  contractVersionAt,
  type Period,
  periodOf,
  scheduleOf,
} from '../../domain/contracts/index.js';
import { type Compliance, complianceFromCounts } from '../../domain/sla/index.js';
import { type Criticality, criticalities } from '../../domain/tickets/vocabulary.js';
import { startOfLocalDay } from '../../domain/time/index.js';
import { findCalendarByRef } from '../calendars/find-calendar.js';
import { rebasePath } from '../error-paths.js';
import { zoneOf } from '../hour-bank/contract-today.js';
import type { ContractRecord } from '../hour-bank/ports.js';
import type { CalendarRepository } from '../ports.js';
import type { TicketRepository } from './ports.js';

/** Compliance of one criticality, with what the plan deems of a period under the minimum sample. */
export interface CriticalityCompliance extends Compliance {
  criticality: Criticality;
  /** Seed 002: "el SLA se cumple con menos de 10 tickets": a small sample counts as met. */
  deemedMet: boolean;
}

/**
 * First-response compliance of a contract's tickets opened in the period containing `date`, per
 * criticality, against the plan's threshold and minimum sample (seed 002: 90 %, ≥ 10 tickets).
 * Periods run from local midnight to local midnight in the contract's zone. Reads the stored
 * projections with one aggregate query, so it scales to millions of tickets.
 */
export async function complianceReport(options: {
  tickets: TicketRepository;
  calendars: CalendarRepository;
  record: ContractRecord;
  date: string;
}): Promise<{ period: Period; rows: CriticalityCompliance[] }> {
  const { contract } = options.record;
  const period = rebasePath(
    () => periodOf(scheduleOf(contract), options.date),
    'date',
    'querystring.date',
  );
  const { compliance } = contractVersionAt(contract, period.lastDay).plan;
  if (compliance === null) return { period, rows: [] };
  const zone = zoneOf(await findCalendarByRef(options.calendars, contract.plan.calendarId));
  const from = startOfLocalDay(period.start, zone);
  const to = startOfLocalDay(period.end, zone);
  const counts = await options.tickets.complianceCounts(contract.id, from, to);
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
