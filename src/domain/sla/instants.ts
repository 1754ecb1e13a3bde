/**
 * When a ticket's SLA state will next change if nothing else happens, so a watcher job can
 * schedule its notices (and reschedule whenever a new event arrives).
 */
import type { SlaResult } from './compute.js';
import type { ClockName, SlaClock } from './meter.js';

/** One scheduled change: from `at` on, clock `clock` is in state `becomes`. */
export interface SlaInstant {
  readonly clock: ClockName;
  readonly at: number;
  readonly becomes: 'at_risk' | 'breached';
}

function upcoming(clock: SlaClock | null, now: number): SlaInstant[] {
  if (clock === null || (clock.state !== 'running' && clock.state !== 'at_risk')) return [];
  const instants: SlaInstant[] = [];
  if (clock.state === 'running' && clock.atRiskAt !== null && clock.atRiskAt > now) {
    instants.push({ clock: clock.name, at: clock.atRiskAt, becomes: 'at_risk' });
  }
  // On time up to and including the due second: breached from the next one (clocks count whole seconds).
  if (clock.due !== null && clock.due + 1000 > now) {
    instants.push({ clock: clock.name, at: clock.due + 1000, becomes: 'breached' });
  }
  return instants;
}

/** The future instants at which a running clock becomes at risk or breached, earliest first. */
export function nextSlaInstants(result: SlaResult): SlaInstant[] {
  return [result.firstResponse, result.resolution, result.client]
    .flatMap((clock) => upcoming(clock, result.now))
    .sort((a, b) => a.at - b.at);
}
