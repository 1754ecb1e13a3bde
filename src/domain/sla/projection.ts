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

/**
 * What the desk stores of the SLA, recomputed from the event log after every change and by the
 * watcher, with the instants its state changes on by itself, so it can be read as of any later
 * moment (see {@link projectionAt}).
 */
export interface SlaProjection {
  slaState: SlaState | null;
  /** When the earliest running provider clock is due: breached from the next second. */
  slaDueAt: Date | null;
  /** When the earliest running provider clock turns at risk; null when none will. */
  slaAtRiskAt: Date | null;
  nextCheckAt: Date | null;
  firstResponseOutcome: 'met' | 'breached' | null;
  /** When a still-running first-response clock is due: breached from the next second. */
  firstResponseDueAt: Date | null;
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
  const running = clocks.filter((clock) => clock.state === 'running' || clock.state === 'at_risk');
  const firstResponse = running.find((clock) => clock.name === 'first_response');
  const next = nextSlaInstants(result)[0];
  return {
    result,
    projection: {
      slaState: worst?.state ?? null,
      slaDueAt: earliest(running.map((clock) => clock.due)),
      slaAtRiskAt: earliest(
        running.map((clock) => (clock.state === 'running' ? clock.atRiskAt : null)),
      ),
      nextCheckAt: next ? new Date(next.at) : null,
      firstResponseOutcome: firstResponseOutcome(result),
      firstResponseDueAt: firstResponse?.due == null ? null : new Date(firstResponse.due),
      clientLate: result.clientLate,
    },
  };
}

function earliest(instants: readonly (number | null)[]): Date | null {
  const known = instants.filter((at): at is number => at !== null);
  return known.length > 0 ? new Date(Math.min(...known)) : null;
}

/** A clock is breached from the second after it is due (clocks count whole seconds). */
const breachDelayMs = 1000;

/** The latest due instant of a clock that is breached at `now`: what the store compares against. */
export function dueByForBreachAt(now: Date): Date {
  return new Date(now.getTime() - breachDelayMs);
}

/**
 * A stored projection as it stands at `now`: a running clock past its due instant reads
 * `breached`, one past its at-risk instant reads `at_risk`, a running first response past due
 * counts as `breached` — so lists, filters and reports agree with a recomputation at `now`
 * without waiting for the watcher. The store's queries apply the same rule in SQL.
 */
export function projectionAt<P extends SlaProjection>(projection: P, now: Date): P {
  const dueBy = dueByForBreachAt(now).getTime();
  const overdue = (at: Date | null) => at !== null && at.getTime() <= dueBy;
  const { slaState } = projection;
  let state = slaState;
  if ((slaState === 'running' || slaState === 'at_risk') && overdue(projection.slaDueAt))
    state = 'breached';
  else if (slaState === 'running' && projection.slaAtRiskAt !== null)
    state = projection.slaAtRiskAt.getTime() <= now.getTime() ? 'at_risk' : 'running';
  const outcome =
    projection.firstResponseOutcome ?? (overdue(projection.firstResponseDueAt) ? 'breached' : null);
  return { ...projection, slaState: state, firstResponseOutcome: outcome };
}
