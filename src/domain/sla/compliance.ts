/**
 * SLA compliance of a group of tickets (one contract, period and criticality): the share of
 * first responses on time, judged against a target percent only once the group has the minimum
 * sample (seed 002: 90 %, judged with 10 tickets or more). The verdict uses integer arithmetic,
 * so 9 of 10 is exactly 90 % and meets a 90 % target.
 */
import { invalidInput } from '../errors.js';
import type { PlanParams } from '../plans/params.js';
import type { SlaResult } from './compute.js';

/** How one ticket's first response ended; still-running tickets are not passed in. */
export type ResponseOutcome = 'met' | 'breached';

/**
 * A ticket's first-response outcome for compliance: `breached` as soon as the due instant
 * passed, `met` once answered in time; null while undecided, without a target, or when the
 * ticket was closed in time without any response (nothing to judge).
 */
export function firstResponseOutcome(result: SlaResult): ResponseOutcome | null {
  const clock = result.firstResponse;
  if (clock === null) return null;
  if (clock.state === 'breached') return 'breached';
  return clock.state === 'met' && clock.stopReason === 'responded' ? 'met' : null;
}

/** What a group's compliance came to. */
export type ComplianceVerdict = 'met' | 'missed' | 'not_enough_tickets';

/** A group's compliance. `percent` is for display (hundredths, rounded down); null with no tickets. */
export interface Compliance {
  readonly met: number;
  readonly total: number;
  readonly percent: number | null;
  readonly target: number;
  readonly minimumSample: number;
  readonly verdict: ComplianceVerdict;
}

/** A target percent in hundredths of a percent, refusing what does not fit exactly. */
function basisPoints(targetPercent: number): number {
  const points = Math.round(targetPercent * 100);
  if (
    !(targetPercent >= 0 && targetPercent <= 100) ||
    Math.abs(points - targetPercent * 100) > 1e-6
  ) {
    throw invalidInput('targetPercent', 'expected a percent from 0 to 100 with at most 2 decimals');
  }
  return points;
}

/** Compliance of one group's first-response outcomes against `targetPercent`, judged from `minimumSample` tickets. */
export function complianceFor(
  outcomes: readonly ResponseOutcome[],
  targetPercent: number,
  minimumSample: number,
): Compliance {
  const met = outcomes.filter((outcome) => outcome === 'met').length;
  return complianceFromCounts(met, outcomes.length, targetPercent, minimumSample);
}

/** {@link complianceFor} from counts, for reports that aggregate in the database. */
export function complianceFromCounts(
  met: number,
  total: number,
  targetPercent: number,
  minimumSample: number,
): Compliance {
  const points = basisPoints(targetPercent);
  if (!Number.isSafeInteger(minimumSample) || minimumSample < 0) {
    throw invalidInput('minimumSample', 'expected a whole number of tickets, 0 or more');
  }
  const base = { met, total, target: targetPercent, minimumSample };
  if (total === 0) return { ...base, percent: null, verdict: 'not_enough_tickets' };
  const percent = Math.floor((met * 10_000) / total) / 100;
  if (total < minimumSample) return { ...base, percent, verdict: 'not_enough_tickets' };
  // met / total >= points / 10 000, compared without division.
  return { ...base, percent, verdict: met * 10_000 >= points * total ? 'met' : 'missed' };
}

/** The compliance terms of a plan (target, threshold, minimum sample, small samples). */
export type ComplianceTerms = NonNullable<PlanParams['compliance']>;

/** A group's compliance, and whether a period under the minimum sample counts as met (seed 002). */
export interface JudgedCompliance extends Compliance {
  readonly deemedMet: boolean;
}

/**
 * Judges a group's counts by a plan's compliance terms: seed 002's "el SLA se cumple con menos
 * de 10 tickets" makes a sample under the minimum count as met.
 */
export function judgeCompliance(
  terms: ComplianceTerms,
  met: number,
  total: number,
): JudgedCompliance {
  const result = complianceFromCounts(met, total, terms.thresholdPercent, terms.minimumSample);
  return {
    ...result,
    deemedMet: result.verdict === 'not_enough_tickets' && terms.belowSample === 'deemed_met',
  };
}
