/**
 * What lists, filters and the breach watcher keep of a ticket's SLA: its clocks recomputed from
 * the whole event log, reduced to the worst state, the nearest due instant and when to look again.
 */
import type { SlaCalendars } from './business-clock.js';
import { firstResponseOutcome } from './compliance.js';
import { computeSla, type SlaResult } from './compute.js';
import type { TicketEvent } from './events.js';
import { nextSlaInstants } from './instants.js';
import type { SlaClock } from './meter.js';
import type { SlaPolicy } from './policy.js';

/** The state a ticket shows in queues: its most urgent clock's state. */
export type SlaState = (typeof slaStates)[number];

/** Worst first: a queue sorted by this shows breached tickets on top. */
export const slaStates = ['breached', 'at_risk', 'running', 'paused', 'met'] as const;

/** What the desk stores of the SLA, recomputed from the event log after every change and by the watcher. */
export interface SlaProjection {
  slaState: SlaState | null;
  slaDueAt: Date | null;
  nextCheckAt: Date | null;
  firstResponseOutcome: 'met' | 'breached' | null;
  clientLate: boolean;
}

function providerClocks(result: SlaResult): SlaClock[] {
  return [result.firstResponse, result.resolution].filter(
    (clock): clock is SlaClock => clock !== null,
  );
}

/** Recomputes a ticket's clocks from its log and reduces them to what lists, filters and the watcher need. */
export function projectSla(
  events: readonly TicketEvent[],
  policy: SlaPolicy,
  calendars: SlaCalendars,
  now: Date,
): { result: SlaResult; projection: SlaProjection } {
  const result = computeSla(events, policy, calendars, now.getTime());
  const clocks = providerClocks(result);
  const rank = (clock: SlaClock) => slaStates.indexOf(clock.state);
  const worst = clocks.toSorted((a, b) => rank(a) - rank(b))[0];
  const dues = clocks.flatMap((clock) =>
    (clock.state === 'running' || clock.state === 'at_risk') && clock.due !== null
      ? [clock.due]
      : [],
  );
  const next = nextSlaInstants(result)[0];
  return {
    result,
    projection: {
      slaState: worst?.state ?? null,
      slaDueAt: dues.length > 0 ? new Date(Math.min(...dues)) : null,
      nextCheckAt: next ? new Date(next.at) : null,
      firstResponseOutcome: firstResponseOutcome(result),
      clientLate: result.clientLate,
    },
  };
}
