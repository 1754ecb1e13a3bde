/**
 * The SLA targets a contract promises, in seconds of the calendar each clock runs on. The caller
 * derives a policy from the contract version in force; this module only checks it is coherent.
 */
import { invalidInput } from '../errors.js';
import { type Criticality, criticalities } from '../tickets/vocabulary.js';

/** Targets for one criticality; null means the plan promises nothing for that clock. */
export interface SlaTargets {
  /** Business seconds to the first public, non-automatic reply. */
  readonly firstResponseSeconds: number | null;
  /** Business seconds to resolution. */
  readonly resolutionSeconds: number | null;
}

/** Everything the SLA clocks need to know about a contract's promises. */
export interface SlaPolicy {
  readonly targets: { readonly [C in Criticality]: SlaTargets };
  /** Seconds on the 24/7 calendar to answer an urgency (seed 004: 30 minutes), replacing the first-response target. */
  readonly urgencyResponseSeconds: number | null;
  /** Business seconds the client has to answer or approve while the ticket waits on it (seed 004: 16 h). */
  readonly clientResponseSeconds: number | null;
  /** Share of a target (whole percent, 1–99) after which a running clock is at risk; 75 when absent. */
  readonly atRiskPercent?: number;
}

/** The at-risk threshold when the policy names none. */
export const DEFAULT_AT_RISK_PERCENT = 75;

function checkSeconds(value: number | null, path: string): void {
  if (value !== null && !(Number.isSafeInteger(value) && value > 0)) {
    throw invalidInput(path, 'expected a whole number of seconds greater than 0, or null');
  }
}

/** Throws invalid_input naming the first incoherent field (e.g. `policy.targets.high.firstResponseSeconds`). */
export function checkSlaPolicy(policy: SlaPolicy, path = 'policy'): void {
  for (const criticality of criticalities) {
    const targets = policy.targets[criticality];
    checkSeconds(
      targets.firstResponseSeconds,
      `${path}.targets.${criticality}.firstResponseSeconds`,
    );
    checkSeconds(targets.resolutionSeconds, `${path}.targets.${criticality}.resolutionSeconds`);
  }
  checkSeconds(policy.urgencyResponseSeconds, `${path}.urgencyResponseSeconds`);
  checkSeconds(policy.clientResponseSeconds, `${path}.clientResponseSeconds`);
  const percent = policy.atRiskPercent;
  if (percent !== undefined && !(Number.isInteger(percent) && percent >= 1 && percent <= 99)) {
    throw invalidInput(`${path}.atRiskPercent`, 'expected a whole percent from 1 to 99');
  }
}

/** Business seconds of use at which a clock with `targetSeconds` becomes at risk (rounded up). */
export function atRiskSeconds(targetSeconds: number, percent: number): number {
  return Math.ceil((targetSeconds * percent) / 100);
}
